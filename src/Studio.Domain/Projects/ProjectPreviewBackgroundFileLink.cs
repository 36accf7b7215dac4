namespace Studio.Domain.Projects;

/// <summary>A preview background (HDR environment) available in a project.</summary>
public class ProjectPreviewBackgroundFileLink
{
    public Guid ProjectId { get; set; }

    public Guid PreviewBackgroundFileId { get; set; }
}
