using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A task type of the workflow of a project template, with its per-project-template priority.</summary>
public class ProjectTemplateTaskTypeLink : ZouEntity
{
    public Guid ProjectTemplateId { get; set; }

    public Guid TaskTypeId { get; set; }

    public int? Priority { get; set; }
}
