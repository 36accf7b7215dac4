namespace Studio.Domain.Projects;

/// <summary>An asset type (entity type) used by a project.</summary>
public class ProjectAssetTypeLink
{
    public Guid ProjectId { get; set; }

    public Guid AssetTypeId { get; set; }
}
