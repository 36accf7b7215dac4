namespace Studio.Media;

/// <summary>The <c>Studio:Media</c> configuration section: tools, queue and encoding settings.</summary>
public sealed class MediaOptions
{
    public const string Section = "Studio:Media";

    public string Ffmpeg { get; set; } = "ffmpeg";

    public string Ffprobe { get; set; } = "ffprobe";

    /// <summary>Workers in this process (one encode at a time per two cores is what a 2-core machine sustains).</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How long a claimed job stays the worker's without a heartbeat; a dead worker's job is retaken after it.</summary>
    public int LeaseSeconds { get; set; } = 60;

    public int MaxAttempts { get; set; } = 3;

    public double PollSeconds { get; set; } = 1;

    /// <summary>The largest preview upload, in bytes (2 GiB by default).</summary>
    public long MaxUploadSize { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The low-definition movie, made first and served as soon as it exists (1280 wide).</summary>
    public EncodingOptions LowDef { get; set; } = new() { Preset = "superfast", Crf = 20, MaxRate = "8M", BufSize = "16M" };

    /// <summary>The high-definition movie (the production's resolution).</summary>
    public EncodingOptions HighDef { get; set; } = new() { Preset = "superfast", Crf = 18, MaxRate = "30M", BufSize = "60M" };
}

/// <summary>
/// x264 settings of one movie. The defaults were chosen by measurement (bench/README.md): as close to Zou's
/// quality (SSIM against the source) as its slow bitrate-driven settings, in a third of the time on clean footage.
/// </summary>
public sealed class EncodingOptions
{
    public string Preset { get; set; } = "superfast";

    public int Crf { get; set; } = 20;

    public string? MaxRate { get; set; }

    public string? BufSize { get; set; }

    /// <summary>A keyframe every <see cref="KeyInterval"/> frames: 2, as Zou, for frame-accurate scrubbing.</summary>
    public int KeyInterval { get; set; } = 2;

    /// <summary>The x264 arguments of these settings.</summary>
    public IEnumerable<string> Arguments()
    {
        string[] arguments = ["-c:v", "libx264", "-preset", Preset, "-crf", Crf.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-x264opts", $"keyint={KeyInterval}:scenecut=0", "-pix_fmt", "yuv420p"];
        return MaxRate is null ? arguments : [.. arguments, "-maxrate", MaxRate, "-bufsize", BufSize ?? MaxRate];
    }
}
