using System.Text.Json.Nodes;

namespace Studio.Domain.Previews;

/// <summary>
/// What the pipeline measured of an uploaded file, kept in the preview's data: its size in pixels and bytes, and for a
/// movie its duration in seconds, the frame rate it was made at and the size of its low definition.
/// </summary>
public sealed record SourceFacts(int Width, int Height, long FileSize, double? Duration = null, string? Fps = null, int? LowDefWidth = null, int? LowDefHeight = null)
{
    /// <summary>The keys merged into the preview's data (a movie's only when measured).</summary>
    internal JsonObject ToData()
    {
        var data = new JsonObject { ["original_width"] = Width, ["original_height"] = Height };
        if (Duration is { } duration)
        {
            data["original_duration"] = duration;
        }

        data["original_file_size"] = FileSize;
        if (Fps is not null)
        {
            data["fps"] = Fps;
            data["lowdef_width"] = LowDefWidth;
            data["lowdef_height"] = LowDefHeight;
        }

        return data;
    }
}
