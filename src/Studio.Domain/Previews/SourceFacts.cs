namespace Studio.Domain.Previews;

/// <summary>
/// What the pipeline measured of an uploaded file, kept in its <see cref="PreviewPipeline"/> row: its size in pixels
/// and bytes, and for a movie its duration in seconds, the frame rate it was made at and the size of its low definition.
/// </summary>
public sealed record SourceFacts(int Width, int Height, long FileSize, double? Duration = null, string? Fps = null, int? LowDefWidth = null, int? LowDefHeight = null)
{
    /// <summary>Records the facts on <paramref name="row"/>; what a picture does not have (a duration, a frame rate) is left as it was.</summary>
    internal void ApplyTo(PreviewPipeline row)
    {
        row.OriginalWidth = Width;
        row.OriginalHeight = Height;
        row.OriginalFileSize = FileSize;
        if (Duration is { } duration)
        {
            row.OriginalDuration = duration;
        }

        if (Fps is not null)
        {
            row.Fps = Fps;
            row.LowDefinitionWidth = LowDefWidth;
            row.LowDefinitionHeight = LowDefHeight;
        }
    }
}
