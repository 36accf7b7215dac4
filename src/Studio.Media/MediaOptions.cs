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

    /// <summary>Attempts of a job, a worker that died during one included; then the preview is broken and the build failed.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the second attempt of a job that failed for an environment reason; doubled at each further one.</summary>
    public double RetryDelaySeconds { get; set; } = 10;

    public double PollSeconds { get; set; } = 1;

    /// <summary>How often a running job's progress is written to its row (the lease is renewed on the same write).</summary>
    public double ProgressSeconds { get; set; } = 2;

    /// <summary>The longest one ffmpeg run may take (Zou's <c>JOB_QUEUE_TIMEOUT</c> is 3600 s for a whole job).</summary>
    public int TimeoutSeconds { get; set; } = 3600;

    /// <summary>Pictures processed at once inside upload requests (the rest wait); jellyfin limits its image work the same way.</summary>
    public int PictureConcurrency { get; set; } = 2;

    /// <summary>The longest an upload waits for its picture variants before they are left to the queue.</summary>
    public int PictureTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// ZOU: <c>PREVIEW_SAVE_SOURCE_FILE</c>. When true (the default here), the upload of a normalized movie or a picture is
    /// kept under <c>source</c> and served by <c>/movies/source/…</c>; when false it is removed once the preview is ready.
    /// </summary>
    public bool KeepSource { get; set; } = true;

    /// <summary>The largest preview upload, in bytes (2 GiB by default).</summary>
    public long MaxUploadSize { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The low-definition movie, made first and served as soon as it exists (1280 wide). Chosen by measurement: bench/README.md.</summary>
    public EncodingOptions LowDef { get; set; } = new() { Preset = "ultrafast", Crf = 23, MaxRate = "8M", BufSize = "16M" };

    /// <summary>The high-definition movie (the production's resolution). Chosen by measurement: bench/README.md.</summary>
    public EncodingOptions HighDef { get; set; } = new() { Preset = "ultrafast", Crf = 18, MaxRate = "30M", BufSize = "60M" };
}
