using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Studio.Media;

namespace Studio.Bench;

/// <summary>
/// The media benchmark: uploads a 1920×1080 clip (clean, then grainy, from ffmpeg's test sources) and measures the
/// time to the first playable movie and to all files, replays the pipeline's own ffmpeg commands directly to get
/// its overhead, and compares the SSIM against the source of the default settings and of Zou's.
/// </summary>
internal static class MediaRun
{
    public static async Task RunAsync(BenchServer server)
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("STUDIO_BENCH_CLIP_SECONDS"), out var s) ? s : 60;
        var ffmpeg = server.Factory.Services.GetRequiredService<Ffmpeg>();
        var admin = await server.ClientAsync(BenchServer.AdminEmail, BenchServer.AdminPassword);
        var folder = Path.Combine(Path.GetTempPath(), "studio-media-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var task = await NewTaskAsync(admin);
            foreach (var (label, filter) in new[] { ("clean", ""), ("grainy", ",noise=alls=20:allf=t") })
            {
                var source = Path.Combine(folder, $"{label}.mp4");
                await RunAsync(["-v", "error", "-y", "-f", "lavfi", "-i", $"testsrc2=size=1920x1080:rate=25:duration={seconds}{filter}",
                    "-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}", "-c:v", "libx264", "-crf", "16", "-pix_fmt", "yuv420p", "-c:a", "aac", source]);
                Console.WriteLine($"== {label}: {seconds} s of 1920×1080 at 25 fps");

                ffmpeg.CommandLog = new();
                var preview = await NewPreviewAsync(admin, task);
                var clock = Stopwatch.StartNew();
                using (var form = new MultipartFormDataContent { { new StreamContent(File.OpenRead(source)), "file", Path.GetFileName(source) } })
                {
                    (await admin.PostAsync($"/api/pictures/preview-files/{preview}", form)).EnsureSuccessStatusCode();
                }

                double? playable = null;
                while (true)
                {
                    // Playable once the low-definition movie is in place (the movie route then serves it).
                    playable ??= File.Exists(LowDefPath(server, preview)) ? clock.Elapsed.TotalSeconds : null;
                    var status = await StatusAsync(admin, preview);
                    if (status != "processing")
                    {
                        if (status != "ready")
                        {
                            throw new InvalidOperationException($"The preview ended {status}.");
                        }

                        break;
                    }

                    await Task.Delay(250);
                }

                var pipeline = clock.Elapsed.TotalSeconds;
                var commands = ffmpeg.CommandLog.ToList();
                ffmpeg.CommandLog = null;
                var direct = Stopwatch.StartNew();
                var replay = Path.Combine(folder, "replay");
                Directory.CreateDirectory(replay);
                foreach (var command in commands)
                {
                    await RunAsync([.. command.Select(a => a.Contains(".part.", StringComparison.Ordinal) ? Path.Combine(replay, Path.GetFileName(a)) : a)]);
                }

                var directSeconds = direct.Elapsed.TotalSeconds;
                Console.WriteLine($"First playable movie (low definition): {playable ?? pipeline:F1} s after the upload");
                Console.WriteLine($"All files ready: {pipeline:F1} s ({pipeline / seconds:F2}× real time)");
                Console.WriteLine($"The same {commands.Count} ffmpeg commands run directly: {directSeconds:F1} s; pipeline overhead ratio {pipeline / directSeconds:F2}");

                var ours = HighDefPath(server, preview);
                var zou = Path.Combine(folder, $"{label}-zou-hd.mp4");
                var zouClock = Stopwatch.StartNew();
                await RunAsync(ZouEncode(source, 1920, 1080, "28M", zou));
                var zouSeconds = zouClock.Elapsed.TotalSeconds;
                var zouLow = Path.Combine(folder, $"{label}-zou-ld.mp4");
                zouClock.Restart();
                await RunAsync(ZouEncode(source, 1280, 720, "6M", zouLow));
                var zouLowSeconds = zouClock.Elapsed.TotalSeconds;
                Console.WriteLine($"Zou's settings, run directly: high definition {zouSeconds:F1} s, low definition {zouLowSeconds:F1} s");
                Console.WriteLine($"SSIM against the source, high definition: ours {await SsimAsync(ours, source, null):F5}, Zou's {await SsimAsync(zou, source, null):F5}");
                Console.WriteLine($"SSIM against the source, low definition:  ours {await SsimAsync(LowDefPath(server, preview), source, "1280:720"):F5}, Zou's {await SsimAsync(zouLow, source, "1280:720"):F5}");
                Console.WriteLine($"Sizes: ours HD {new FileInfo(ours).Length / 1e6:F1} MB, LD {new FileInfo(LowDefPath(server, preview)).Length / 1e6:F1} MB; Zou's HD {new FileInfo(zou).Length / 1e6:F1} MB, LD {new FileInfo(zouLow).Length / 1e6:F1} MB");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Zou's normalize_encoding: anamorphic pixels undone, fit and pad to the target size, SAR 1, the
    /// project's frame rate (25), libx264 slow at a fixed bit rate, a key frame every 2 frames, yuv420p, fast start.
    /// </summary>
    private static string[] ZouEncode(string source, int width, int height, string bitRate, string output) =>
        ["-v", "error", "-y", "-i", source,
            "-vf", $"scale=trunc(iw*sar/2)*2:ih,scale={width}:{height}:force_original_aspect_ratio=decrease:force_divisible_by=2,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1",
            "-r", "25.000", "-c:v", "libx264", "-preset", "slow", "-b:v", bitRate, "-x264opts", "keyint=2:scenecut=0", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-movflags", "+faststart", "-f", "mp4", output];

    private static string LowDefPath(BenchServer server, string preview) => server.Factory.Services.GetRequiredService<Studio.Domain.Previews.PreviewStore>().PathOf("lowdef", Guid.Parse(preview), "mp4");

    private static string HighDefPath(BenchServer server, string preview) => server.Factory.Services.GetRequiredService<Studio.Domain.Previews.PreviewStore>().PathOf("previews", Guid.Parse(preview), "mp4");

    private static async Task<double> SsimAsync(string encoded, string source, string? scale)
    {
        var reference = scale is null ? "[1:v]null[r]" : $"[1:v]scale={scale}[r]";
        var output = await RunAsync(["-i", encoded, "-i", source, "-lavfi", $"{reference};[0:v][r]ssim", "-f", "null", "-"], stderr: true);
        var index = output.LastIndexOf("All:", StringComparison.Ordinal);
        return index < 0 ? double.NaN : double.Parse(output[(index + 4)..].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static async Task<string> StatusAsync(HttpClient client, string preview) =>
        JsonNode.Parse(await client.GetStringAsync($"/api/data/preview-files/{preview}"))!["status"]!.GetValue<string>();

    private static async Task<string> NewTaskAsync(HttpClient admin)
    {
        var project = await PostAsync(admin, "/api/data/projects", new JsonObject { ["name"] = "Media bench" });
        var character = JsonNode.Parse(await admin.GetStringAsync("/api/data/entity-types?name=Character"))![0]!["id"]!.GetValue<string>();
        var modeling = JsonNode.Parse(await admin.GetStringAsync("/api/data/task-types?name=Modeling"))!.AsArray().First(t => t!["for_entity"]!.GetValue<string>() == "Asset")!["id"]!.GetValue<string>();
        var asset = await PostAsync(admin, $"/api/data/projects/{project}/asset-types/{character}/assets/new", new JsonObject { ["name"] = "Hero" });
        return await PostAsync(admin, "/api/data/tasks", new JsonObject { ["entity_id"] = asset, ["task_type_id"] = modeling });
    }

    private static async Task<string> NewPreviewAsync(HttpClient admin, string task)
    {
        var wip = JsonNode.Parse(await admin.GetStringAsync("/api/data/task-status?short_name=wfa"))![0]!["id"]!.GetValue<string>();
        var comment = await PostAsync(admin, $"/api/actions/tasks/{task}/comment", new JsonObject { ["task_status_id"] = wip, ["comment"] = "New version" });
        return await PostAsync(admin, $"/api/actions/tasks/{task}/comments/{comment}/add-preview", new JsonObject());
    }

    private static async Task<string> PostAsync(HttpClient client, string path, JsonObject body)
    {
        var response = await client.PostAsync(path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)!["id"]!.GetValue<string>() : throw new InvalidOperationException($"POST {path}: {text}");
    }

    private static async Task<string> RunAsync(string[] arguments, bool stderr = false)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed: {await error}");
        }

        return stderr ? await error : await output;
    }
}
