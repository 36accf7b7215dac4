namespace Studio.Domain.Previews;

/// <summary>The result of an uploaded picture's processing: its size in pixels and bytes, or why it is broken.</summary>
public sealed record PictureOutcome(int Width, int Height, long FileSize, string? BrokenReason);
