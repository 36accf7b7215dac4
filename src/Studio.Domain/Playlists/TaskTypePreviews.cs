using Studio.Domain.Previews;

namespace Studio.Domain.Playlists;

/// <summary>The previews of an entity's tasks of one type (<c>null</c>: tasks without a type), newest revision first.</summary>
public sealed record TaskTypePreviews(Guid? TaskTypeId, IReadOnlyList<PreviewFile> Previews);
