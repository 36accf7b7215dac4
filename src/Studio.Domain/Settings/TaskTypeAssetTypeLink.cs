namespace Studio.Domain.Settings;

/// <summary>A task type of the workflow of an asset type.</summary>
public class TaskTypeAssetTypeLink
{
    public Guid AssetTypeId { get; set; }

    public Guid TaskTypeId { get; set; }
}
