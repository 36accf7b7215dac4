using System.Globalization;

namespace Studio.Media;

/// <summary>
/// x264 settings of one movie (bench/README.md says how the defaults were measured). The audio is always normalized
/// to AAC, 48 kHz stereo (the silent track's format), so that every movie of a production can be joined without
/// re-encoding.
/// </summary>
public sealed class EncodingOptions
{
    public string Preset { get; set; } = "ultrafast";

    public int Crf { get; set; } = 23;

    public string? MaxRate { get; set; }

    public string? BufSize { get; set; }

    /// <summary>A keyframe every <see cref="KeyInterval"/> frames: 2, as Zou, for frame-accurate scrubbing.</summary>
    public int KeyInterval { get; set; } = 2;

    /// <summary>The audio arguments of every normalized movie.</summary>
    public static IReadOnlyList<string> AudioArguments { get; } = ["-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2"];

    /// <summary>The x264 arguments of these settings.</summary>
    public IEnumerable<string> Arguments()
    {
        string[] arguments = ["-c:v", "libx264", "-preset", Preset, "-crf", Crf.ToString(CultureInfo.InvariantCulture),
            "-x264opts", $"keyint={KeyInterval}:scenecut=0", "-pix_fmt", "yuv420p"];
        return MaxRate is null ? arguments : [.. arguments, "-maxrate", MaxRate, "-bufsize", BufSize ?? MaxRate];
    }
}
