namespace Studio.Domain.Projects;

/// <summary>A status automation enabled for a project.</summary>
public class ProjectStatusAutomationLink
{
    public Guid ProjectId { get; set; }

    public Guid StatusAutomationId { get; set; }
}
