using Studio.Domain.Common;

namespace Studio.Domain.Playlists;

/// <summary>A job building a playlist's movie or archive.</summary>
public class BuildJob : ZouEntity
{
    public string Status { get; set; } = "running";

    public string JobType { get; set; } = "movie";

    public DateTime? EndedAt { get; set; }

    public Guid PlaylistId { get; set; }
}
