namespace Studio.Media;

/// <summary>
/// What ffprobe says of a file: the first video stream's size (pixels), duration (seconds), frame rate, codec and
/// pixel format, and the first audio stream's codec, sample rate (Hz) and channel count (0 when there is none).
/// </summary>
public sealed record MediaInfo(int Width, int Height, double Duration, double Fps, bool HasVideo, bool HasAudio, double SampleAspectRatio, int FrameCount)
{
    public string? VideoCodec { get; init; }

    public string? PixelFormat { get; init; }

    public string? AudioCodec { get; init; }

    public int SampleRate { get; init; }

    public int Channels { get; init; }
}
