namespace Studio.Media;

/// <summary>
/// The machine failed, not the file: ffmpeg missing or exiting non-zero on a file that probed fine, a timeout. The job
/// is retried with a growing delay up to <see cref="MediaOptions.MaxAttempts"/>. <see cref="ExitCode"/> is null when
/// the tool could not be started.
/// </summary>
public sealed class MediaEnvironmentException(string message, int? exitCode = null) : Exception(message)
{
    public int? ExitCode { get; } = exitCode;
}
