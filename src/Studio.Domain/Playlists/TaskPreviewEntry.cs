using Studio.Domain.Breakdown;
using Studio.Domain.Previews;

namespace Studio.Domain.Playlists;

/// <summary>An entry of a temporary playlist: an entity and the latest preview of one of its tasks.</summary>
public sealed record TaskPreviewEntry(Entity Entity, PreviewFile Preview);
