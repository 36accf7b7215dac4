using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Studio.Media;

/// <summary>What ffprobe says of a file.</summary>
public sealed record MediaInfo(int Width, int Height, double Duration, double Fps, bool HasVideo, bool HasAudio, double SampleAspectRatio, int FrameCount);

/// <summary>
/// Runs Debian's ffmpeg and ffprobe as child processes with argument lists (never a shell string). A cancelled run
/// kills the process tree; progress comes from ffmpeg's <c>-progress</c> output.
/// </summary>
public sealed class Ffmpeg(IOptions<MediaOptions> options)
{
    /// <summary>When set, every ffmpeg argument list run is recorded here (the media benchmark replays them).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string[]>? CommandLog { get; set; }

    /// <summary>Runs ffmpeg; <paramref name="progress"/> receives the seconds of output written so far.</summary>
    public async Task RunAsync(IEnumerable<string> arguments, Action<double>? progress, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.Value.Ffmpeg) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] all = ["-hide_banner", "-nostdin", "-y", "-progress", "pipe:1", "-nostats", "-loglevel", "error", .. arguments];
        CommandLog?.Enqueue(all);
        foreach (var argument in all)
        {
            start.ArgumentList.Add(argument);
        }

        var (code, _, error) = await RunProcessAsync(start, line =>
        {
            if (progress is not null && line.StartsWith("out_time_us=", StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(12), NumberStyles.Integer, CultureInfo.InvariantCulture, out var us) && us >= 0)
            {
                progress(us / 1_000_000.0);
            }
        }, cancellationToken);
        if (code != 0)
        {
            throw new MediaException($"ffmpeg failed ({code}): {Last(error)}");
        }
    }

    public async Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.Value.Ffprobe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-v", "error", "-print_format", "json", "-show_streams", "-show_format", path])
        {
            start.ArgumentList.Add(argument);
        }

        var (code, output, error) = await RunProcessAsync(start, null, cancellationToken);
        if (code != 0)
        {
            throw new MediaException($"The file could not be read as a picture or a movie: {Last(error)}");
        }

        var json = JsonNode.Parse(output)!;
        var streams = json["streams"] as JsonArray ?? [];
        var video = streams.OfType<JsonObject>().FirstOrDefault(s => s["codec_type"]?.ToString() == "video");
        var audio = streams.OfType<JsonObject>().Any(s => s["codec_type"]?.ToString() == "audio");
        var duration = Number(video?["duration"]) ?? Number(json["format"]?["duration"]) ?? 0;
        var fps = Rate(video?["avg_frame_rate"]?.ToString()) ?? Rate(video?["r_frame_rate"]?.ToString()) ?? 25;
        var sar = Rate(video?["sample_aspect_ratio"]?.ToString()?.Replace(':', '/')) is { } r and > 0 ? r : 1;
        var frames = (int?)Number(video?["nb_frames"]) ?? (int)Math.Round(duration * fps);
        return new MediaInfo((int?)Number(video?["width"]) ?? 0, (int?)Number(video?["height"]) ?? 0, duration, fps, video is not null, audio, sar, frames);
    }

    private static async Task<(int Code, string Output, string Error)> RunProcessAsync(ProcessStartInfo start, Action<string>? onLine, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        var error = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            if (onLine is null)
            {
                output.AppendLine(e.Data);
            }
            else
            {
                onLine(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && error.Length < 8192)
            {
                error.AppendLine(e.Data);
            }
        };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new MediaException($"{start.FileName} could not be started: {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString(), error.ToString());
    }

    private static string Last(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : string.Join(" ", lines.TakeLast(3));
    }

    private static double? Number(JsonNode? node) =>
        node is null ? null : double.TryParse(node.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? Rate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split('/');
        return parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d != 0
            ? n / d
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}

/// <summary>A media file could not be processed; the message says why, for the preview's <c>broken</c> state.</summary>
public sealed class MediaException(string message) : Exception(message);
