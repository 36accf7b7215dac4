namespace Studio.Domain.Previews;

/// <summary>
/// An edit of a preview's drawings: objects added to the frame of their time, objects replaced by id, objects removed
/// by id. A frame's time is in seconds; without one it is the first frame's (0).
/// </summary>
public sealed record AnnotationChanges(IReadOnlyList<AnnotationFrame> Additions, IReadOnlyList<AnnotationFrame> Updates, IReadOnlyList<AnnotationDeletion> Deletions);
