namespace Studio.Domain.Previews;

/// <summary>The objects to remove from the frame of one time, by id.</summary>
public sealed record AnnotationDeletion(double? Time, IReadOnlyList<string?> ObjectIds);
