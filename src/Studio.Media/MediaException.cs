namespace Studio.Media;

/// <summary>
/// The file itself cannot be used (ffprobe cannot read it, it holds no picture): retrying will not help, the preview
/// is broken at once. The message says why without naming server paths.
/// </summary>
public sealed class MediaException(string message) : Exception(message);
