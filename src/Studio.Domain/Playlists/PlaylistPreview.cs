using Studio.Domain.Previews;

namespace Studio.Domain.Playlists;

/// <summary>The preview a playlist entry plays, and the other previews of the same revision of its task.</summary>
public sealed record PlaylistPreview(PreviewFile Preview, IReadOnlyList<PreviewFile> Others);
