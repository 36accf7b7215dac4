using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A task type of the workflow of a project, with its per-project priority.</summary>
public class ProjectTaskTypeLink : ZouEntity
{
    public Guid ProjectId { get; set; }

    public Guid TaskTypeId { get; set; }

    public int? Priority { get; set; }
}
