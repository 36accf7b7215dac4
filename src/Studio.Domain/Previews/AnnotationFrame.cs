namespace Studio.Domain.Previews;

/// <summary>Objects drawn at one time of a preview, in seconds (null: none given).</summary>
public sealed record AnnotationFrame(double? Time, IReadOnlyList<DrawnObject> Objects);
