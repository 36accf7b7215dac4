using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Breakdown;

/// <summary>A numbered occurrence of an asset placed in a scene or inside another asset.</summary>
[Relation("shots", typeof(AssetInstanceLink), nameof(AssetInstanceLink.AssetInstanceId), nameof(AssetInstanceLink.EntityId))]
public class AssetInstance : ZouEntity
{
    public Guid AssetId { get; set; }

    public string? Name { get; set; }

    public int? Number { get; set; }

    public string? Description { get; set; }

    public bool Active { get; set; } = true;

    public JsonNode? Data { get; set; }

    public Guid? SceneId { get; set; }

    public Guid? TargetAssetId { get; set; }

    public Guid? EntityId { get; set; } // ZOU: deprecated.

    public Guid? EntityTypeId { get; set; } // ZOU: deprecated.
}
