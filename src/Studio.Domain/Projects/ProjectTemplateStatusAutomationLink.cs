namespace Studio.Domain.Projects;

/// <summary>A status automation enabled for a project template.</summary>
public class ProjectTemplateStatusAutomationLink
{
    public Guid ProjectTemplateId { get; set; }

    public Guid StatusAutomationId { get; set; }
}
