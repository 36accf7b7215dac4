namespace Studio.Domain.Projects;

/// <summary>A preview background (HDR environment) available in a project template.</summary>
public class ProjectTemplatePreviewBackgroundFileLink
{
    public Guid ProjectTemplateId { get; set; }

    public Guid PreviewBackgroundFileId { get; set; }
}
