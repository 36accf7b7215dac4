namespace Studio.Domain.Projects;

/// <summary>An asset type (entity type) used by a project template.</summary>
public class ProjectTemplateAssetTypeLink
{
    public Guid ProjectTemplateId { get; set; }

    public Guid AssetTypeId { get; set; }
}
