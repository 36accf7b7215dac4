using Studio.Domain.Common;

namespace Studio.Domain.Settings;

/// <summary>The type of an entity: an asset type (Characters, Props…) or a reserved kind (Shot, Sequence, Episode…).</summary>
[Relation("task_types", typeof(TaskTypeAssetTypeLink), nameof(TaskTypeAssetTypeLink.AssetTypeId), nameof(TaskTypeAssetTypeLink.TaskTypeId), After = "description")]
public class EntityType : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public string? ShortName { get; set; }

    public string? Description { get; set; }

    public bool Archived { get; set; }
}
