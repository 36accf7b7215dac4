using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A task status of the workflow of a project, with its priority and the roles that see it on the board.</summary>
public class ProjectTaskStatusLink : ZouEntity
{
    public Guid ProjectId { get; set; }

    public Guid TaskStatusId { get; set; }

    public int? Priority { get; set; }

    public List<string>? RolesForBoard { get; set; } = ["user", "admin", "supervisor", "manager", "vendor"];
}
