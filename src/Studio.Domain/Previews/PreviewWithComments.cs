namespace Studio.Domain.Previews;

/// <summary>A preview row with the ids of the comments it is attached to.</summary>
public sealed record PreviewWithComments(PreviewFile Preview, IReadOnlyList<Guid> Comments);
