using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Events;
using Studio.Domain.Previews;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Media;

/// <summary>What ffprobe says of a served file: its first video stream, its first audio stream, and the container.</summary>
public sealed record Probe(string Codec, string? PixelFormat, int Width, int Height, string? Rate, double Duration, bool HasAudio)
{
    public string? AudioCodec { get; init; }

    public int SampleRate { get; init; }

    public int Channels { get; init; }

    public double AudioDuration { get; init; }

    public double VideoDuration { get; init; }

    public (int, int) Size => (Width, Height);
}

/// <summary>Clips made by ffmpeg's test sources at test time, uploads, waits and ffprobe checks of what the API serves.</summary>
public static class MediaFiles
{
    public static async Task<string> MakeAsync(StudioApiFactory factory, string name, params string[] arguments)
    {
        var path = Path.Combine(factory.DataDirectory, "sources", Guid.NewGuid().ToString("N")[..8] + "-" + name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await RunAsync("ffmpeg", ["-v", "error", "-y", .. arguments, path]);
        return path;
    }

    /// <summary>A comment with a new preview on <paramref name="task"/> (a new asset's modeling task by default).</summary>
    public static async Task<string> NewPreviewAsync(TaskWorld world, ApiClient client, string? task = null)
    {
        task ??= (await world.NewAssetAsync()).Modeling;
        var (_, comment) = await world.CommentAsync(client, task, "wfa", "Please review");
        return (await client.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{task}/comments/{comment.Id()}/add-preview", new { }))!.Id();
    }

    /// <summary>A preview on a new production's new asset, made by the admin (servers without the test team).</summary>
    public static async Task<string> NewAdminPreviewAsync(ApiClient admin)
    {
        var project = await admin.ProjectAsync();
        var character = await admin.IdOfAsync("entity-types", "Character");
        var asset = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/asset-types/{character}/assets/new", new { name = "Hero" })).Id();
        var modeling = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types?name=Modeling"))!.AsArray().First(t => t!["for_entity"]!.GetValue<string>() == "Asset").Id();
        var task = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = modeling })).Id();
        var wfa = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?short_name=wfa"))!.AsArray()[0].Id();
        var comment = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{task}/comment", new { task_status_id = wfa, comment = "v1" })).Id();
        return (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{task}/comments/{comment}/add-preview", new { }))!.Id();
    }

    public static async Task<HttpResponseMessage> UploadAsync(ApiClient client, string preview, string path, bool normalize = true)
    {
        using var form = new MultipartFormDataContent { { new StreamContent(File.OpenRead(path)), "file", Path.GetFileName(path) } };
        return await client.Http.PostAsync($"/api/pictures/preview-files/{preview}{(normalize ? "" : "?normalize=false")}", form);
    }

    /// <summary>
    /// Uploads a picture as a client that goes away right after the processing row is saved, before the request made
    /// the pictures; then lets the time the request had pass, so that the queue's job may take the work.
    /// </summary>
    public static async Task AbandonPictureUploadAsync(StudioApiFactory factory, Actor actor, string preview, string path)
    {
        using var gone = new CancellationTokenSource();
        using (factory.Services.GetRequiredService<EventPublisher>().Subscribe(e =>
            {
                if (e.Name == "preview-file:update" && e.Data?["preview_file_id"]?.GetValue<string>() == preview)
                {
                    gone.Cancel();
                }
            }))
        {
            await using var content = File.OpenRead(path);
            var upload = factory.Services.GetRequiredService<PreviewUploadService>().UploadAsync(actor, Guid.Parse(preview),
                _ => Task.FromResult<UploadedFile?>(new UploadedFile(Path.GetFileName(path), content)), true, long.MaxValue, gone.Token);
            await Xunit.Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
        }

        factory.Clock.Advance(factory.Services.GetRequiredService<IPreviewPictures>().UploadBound + TimeSpan.FromSeconds(1));
    }

    /// <summary>The preview row once it left <c>processing</c> (or after <paramref name="seconds"/>).</summary>
    public static async Task<JsonObject> WaitAsync(ApiClient client, string preview, double seconds = 90)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var row = (await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview}"))!.AsObject();
            if (row["status"]!.GetValue<string>() != "processing" || watch.Elapsed.TotalSeconds > seconds)
            {
                return row;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Downloads <paramref name="url"/> (under <c>/api</c>) into the data directory; fails unless 200.</summary>
    public static async Task<string> DownloadAsync(StudioApiFactory factory, ApiClient client, string url)
    {
        var response = await client.Http.GetAsync("/api" + url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        var path = Path.Combine(factory.DataDirectory, "downloads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    public static async Task<Probe> ProbeUrlAsync(StudioApiFactory factory, ApiClient client, string url) => await ProbeAsync(await DownloadAsync(factory, client, url));

    public static async Task<Probe> ProbeAsync(string path)
    {
        var json = JsonNode.Parse(await RunAsync("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", path]))!;
        var streams = json["streams"]!.AsArray();
        var video = streams.First(s => s!["codec_type"]!.GetValue<string>() == "video")!;
        var audio = streams.FirstOrDefault(s => s!["codec_type"]!.GetValue<string>() == "audio");
        return new Probe(video["codec_name"]!.GetValue<string>(), video["pix_fmt"]?.GetValue<string>(), video["width"]!.GetValue<int>(), video["height"]!.GetValue<int>(),
            video["r_frame_rate"]?.GetValue<string>(), Number(json["format"]?["duration"]), audio is not null)
        {
            AudioCodec = audio?["codec_name"]?.GetValue<string>(),
            SampleRate = (int)Number(audio?["sample_rate"]),
            Channels = audio?["channels"]?.GetValue<int>() ?? 0,
            AudioDuration = Number(audio?["duration"]),
            VideoDuration = Number(video["duration"]),
        };
    }

    /// <summary>The key-frame flag of every video packet, in order.</summary>
    public static async Task<bool[]> KeyFramesAsync(string path)
    {
        var output = await RunAsync("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts,flags", "-of", "csv=p=0", path]);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(',')).OrderBy(f => long.Parse(f[0], CultureInfo.InvariantCulture)).Select(f => f[1].Contains('K', StringComparison.Ordinal))];
    }

    /// <summary>The MP4 top-level boxes in file order (<c>ftyp</c>, <c>moov</c>, <c>mdat</c>…).</summary>
    public static List<string> TopLevelBoxes(string path)
    {
        var boxes = new List<string>();
        using var file = File.OpenRead(path);
        var header = new byte[16];
        while (file.Position + 8 <= file.Length)
        {
            var start = file.Position;
            file.ReadExactly(header, 0, 8);
            long size = (uint)(header[0] << 24 | header[1] << 16 | header[2] << 8 | header[3]);
            boxes.Add(System.Text.Encoding.ASCII.GetString(header, 4, 4));
            if (size == 1)
            {
                file.ReadExactly(header, 8, 8);
                size = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8, 8));
            }

            if (size < 8)
            {
                break;
            }

            file.Position = start + size;
        }

        return boxes;
    }

    public static async Task<string> RunAsync(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
        return await output;
    }

    private static double Number(JsonNode? node) =>
        double.TryParse(node?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
