namespace Studio.Domain.Playlists;

/// <summary>
/// A playlist with its build jobs, newest first, and the previews its entries play (by preview id), each with the other
/// previews of its task's revision.
/// </summary>
public sealed record PlaylistDetail(Playlist Playlist, IReadOnlyList<BuildJob> Jobs, IReadOnlyDictionary<Guid, PlaylistPreview> Previews);
