using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Studio.Media;

/// <summary>
/// Runs Debian's ffmpeg and ffprobe as child processes with argument lists (never a shell string). Progress comes
/// from ffmpeg's <c>-progress</c> output; a cancelled or timed-out run is stopped as jellyfin does: <c>q</c> on
/// stdin, five seconds of grace, then the process tree is killed. Every ffmpeg carries
/// <see cref="OwnerVariable"/> (this process's id) so that a later start-up can find the ones a killed server left.
/// </summary>
public sealed partial class Ffmpeg(IOptions<MediaOptions> options)
{
    /// <summary>The environment variable naming the process that started an ffmpeg (see <see cref="OrphanSweeper"/>).</summary>
    public const string OwnerVariable = "STUDIO_MEDIA_OWNER";

    /// <summary>When set, every ffmpeg argument list run is recorded here (the media benchmark replays them).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string[]>? CommandLog { get; set; }

    /// <summary>
    /// Runs ffmpeg; <paramref name="progress"/> receives the seconds of output written so far. A non-zero exit or a
    /// run longer than <paramref name="timeout"/> is a <see cref="MediaEnvironmentException"/>: callers probe the
    /// input first, so a file ffmpeg cannot read has already been refused.
    /// </summary>
    public async Task RunAsync(IEnumerable<string> arguments, Action<double>? progress, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var start = Start(options.Value.Ffmpeg);
        string[] all = ["-hide_banner", "-y", "-progress", "pipe:1", "-nostats", "-loglevel", "error", .. arguments];
        CommandLog?.Enqueue(all);
        foreach (var argument in all)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardInput = true;
        start.Environment[OwnerVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var (code, _, error) = await RunProcessAsync(start, line =>
        {
            if (progress is not null && line.StartsWith("out_time_us=", StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(12), NumberStyles.Integer, CultureInfo.InvariantCulture, out var us) && us >= 0)
            {
                progress(us / 1_000_000.0);
            }
        }, timeout ?? TimeSpan.FromSeconds(options.Value.TimeoutSeconds), cancellationToken);
        if (code != 0)
        {
            throw new MediaEnvironmentException($"ffmpeg failed ({code}): {Last(error)}", code);
        }
    }

    /// <summary>Reads a file's streams; a file ffprobe cannot read is a <see cref="MediaException"/>.</summary>
    public async Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var start = Start(options.Value.Ffprobe);
        foreach (var argument in (string[])["-v", "error", "-print_format", "json", "-show_streams", "-show_format", path])
        {
            start.ArgumentList.Add(argument);
        }

        var (code, output, error) = await RunProcessAsync(start, null, TimeSpan.FromSeconds(60), cancellationToken);
        if (code != 0)
        {
            throw new MediaException($"The file could not be read as a picture or a movie: {Last(error)}");
        }

        var json = JsonNode.Parse(output)!;
        var streams = (json["streams"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var video = streams.FirstOrDefault(s => s["codec_type"]?.ToString() == "video");
        var audio = streams.FirstOrDefault(s => s["codec_type"]?.ToString() == "audio");
        var duration = Number(video?["duration"]) ?? Number(json["format"]?["duration"]) ?? 0;
        var fps = Rate(video?["avg_frame_rate"]?.ToString()) ?? Rate(video?["r_frame_rate"]?.ToString()) ?? 25;
        var sar = Rate(video?["sample_aspect_ratio"]?.ToString()?.Replace(':', '/')) is { } r and > 0 ? r : 1;
        var frames = (int?)Number(video?["nb_frames"]) ?? (int)Math.Round(duration * fps);
        return new MediaInfo((int?)Number(video?["width"]) ?? 0, (int?)Number(video?["height"]) ?? 0, duration, fps, video is not null, audio is not null, sar, frames)
        {
            VideoCodec = video?["codec_name"]?.ToString(),
            PixelFormat = video?["pix_fmt"]?.ToString(),
            AudioCodec = audio?["codec_name"]?.ToString(),
            SampleRate = (int?)Number(audio?["sample_rate"]) ?? 0,
            Channels = (int?)Number(audio?["channels"]) ?? 0,
        };
    }

    /// <summary>
    /// The last lines of ffmpeg's errors, with every absolute path reduced to its file name: the text ends in the
    /// preview's <c>data.error</c>, which clients read, and must not tell them where the server keeps its files.
    /// </summary>
    public static string Last(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return WithoutPaths(lines.Length == 0 ? "no message" : string.Join(" ", lines.TakeLast(3)));
    }

    /// <summary>A message with every absolute path reduced to its file name.</summary>
    public static string WithoutPaths(string text) =>
        AbsolutePath().Replace(text, m => Path.GetFileName(m.Value.TrimEnd(':')) + (m.Value.EndsWith(':') ? ":" : ""));

    [GeneratedRegex(@"(?<![\w.])/[^\s'""]+")]
    private static partial Regex AbsolutePath();

    private static ProcessStartInfo Start(string tool) => new(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };

    private static async Task<(int Code, string Output, string Error)> RunProcessAsync(ProcessStartInfo start, Action<string>? onLine, TimeSpan timeout, CancellationToken cancellationToken)
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
            throw new MediaEnvironmentException($"{Path.GetFileName(start.FileName)} could not be started: {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            await StopAsync(process, start.RedirectStandardInput);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new MediaEnvironmentException($"{Path.GetFileName(start.FileName)} took longer than {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>ffmpeg's own way out first (it closes the file it writes), the kill after five seconds.</summary>
    private static async Task StopAsync(Process process, bool hasInput)
    {
        try
        {
            if (hasInput)
            {
                await process.StandardInput.WriteAsync('q');
                await process.StandardInput.FlushAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await process.WaitForExitAsync(grace.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // No answer to q (or stdin already closed): kill it.
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has exited meanwhile.
        }
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
