using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Breakdown;

/// <summary>An asset, shot, sequence, episode, scene, edit or concept: one table, the kind given by its entity type.</summary>
[Relation("entities_out", typeof(EntityLink), nameof(EntityLink.EntityInId), nameof(EntityLink.EntityOutId), After = "created_by")]
[Relation("entity_concept_links", typeof(EntityConceptLink), nameof(EntityConceptLink.EntityInId), nameof(EntityConceptLink.EntityOutId), After = "created_by")]
[Relation("instance_casting", typeof(AssetInstanceLink), nameof(AssetInstanceLink.EntityId), nameof(AssetInstanceLink.AssetInstanceId), After = "created_by")]
[Relation("entities_in", typeof(EntityLink), nameof(EntityLink.EntityOutId), nameof(EntityLink.EntityInId))]
public class Entity : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public string? Code { get; set; }

    public string? Description { get; set; }

    public int? ShotgunId { get; set; }

    public bool Canceled { get; set; }

    public int? NbFrames { get; set; }

    public int? NbEntitiesOut { get; set; } = 0;

    public bool IsCastingStandby { get; set; }

    public bool IsShared { get; set; }

    public string Status { get; set; } = "running";

    [ZouRequired]
    public Guid ProjectId { get; set; }

    [ZouRequired]
    public Guid EntityTypeId { get; set; }

    public Guid? ParentId { get; set; }

    public Guid? SourceId { get; set; }

    public Guid? PreviewFileId { get; set; }

    public JsonNode? Data { get; set; }

    public Guid? ReadyFor { get; set; } // ZOU: a task type id without the _id suffix.

    public Guid? CreatedBy { get; set; } // ZOU: a person id without the _id suffix.
}
