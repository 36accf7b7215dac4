using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Playlists;

/// <summary>A review playlist of a production: an ordered list of entities with the preview to play for each.</summary>
[Relation("build_jobs", typeof(BuildJob), nameof(BuildJob.PlaylistId), nameof(BuildJob.Id), After = "is_for_all")]
public class Playlist : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public JsonNode? Shots { get; set; }

    public Guid? ProjectId { get; set; }

    public Guid? EpisodeId { get; set; }

    public Guid? TaskTypeId { get; set; }

    public bool ForClient { get; set; }

    public string? ForEntity { get; set; } = "shot";

    public bool IsForAll { get; set; }

    public Guid? CreatedBy { get; set; } // ZOU: a person id without the _id suffix.
}
