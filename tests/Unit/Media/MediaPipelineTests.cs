using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Media;

/// <summary>
/// The media pipeline with Debian's ffmpeg: real uploads made by ffmpeg's test sources, every generated file
/// checked with ffprobe, a corrupt upload, and a worker stopped in the middle of a job.
/// </summary>
public sealed class MediaPipelineTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task Movie_IsNormalized_LowAndHighDefinition_ThumbnailsAndTiles()
    {
        var source = await MakeAsync("movie.mov", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var preview = await NewPreviewAsync(world.Artist);

        var uploaded = await UploadAsync(world.Artist, preview, source);
        var ready = await WaitAsync(preview);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal("ready", ready["status"]!.GetValue<string>());
        Assert.Equal("mp4", ready["extension"]!.GetValue<string>());
        Assert.Equal(1920, ready["width"]!.GetValue<int>());
        Assert.Equal(1080, ready["height"]!.GetValue<int>());
        Assert.InRange(ready["duration"]!.GetValue<double>(), 1.9, 2.1);

        var low = await ProbeAsync($"/movies/low/preview-files/{preview}.mp4");
        Assert.Equal(("h264", "yuv420p", 1280, 720, "25/1"), (low.Codec, low.PixelFormat, low.Width, low.Height, low.Rate));
        Assert.True(low.HasAudio, "a silent AAC track is added");
        Assert.InRange(low.Duration, 1.9, 2.1);
        var high = await ProbeAsync($"/movies/originals/preview-files/{preview}.mp4");
        Assert.Equal(("h264", "yuv420p", 1920, 1080, "25/1"), (high.Codec, high.PixelFormat, high.Width, high.Height, high.Rate));
        Assert.Equal((150, 100), Size(await ProbeAsync($"/pictures/thumbnails/preview-files/{preview}.png")));
        Assert.Equal((100, 100), Size(await ProbeAsync($"/pictures/thumbnails-square/preview-files/{preview}.png")));
        Assert.Equal((1200, 676), Size(await ProbeAsync($"/pictures/previews/preview-files/{preview}.png")));
        Assert.Equal((1920, 1080), Size(await ProbeAsync($"/pictures/originals/preview-files/{preview}.png")));
        var tiles = await ProbeAsync($"/movies/tiles/preview-files/{preview}.png");
        Assert.Equal((8 * 178, 100 * 7), Size(tiles));
        Assert.Equal(preview, (await world.TaskAsync(await TaskOfAsync(preview)))["last_preview_file_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Picture_IsConvertedToPng_WithPreviewAndThumbnails()
    {
        var source = await MakeAsync("frame.jpg", "-f", "lavfi", "-i", "testsrc2=size=1600x900:rate=1:duration=1", "-frames:v", "1");
        var preview = await NewPreviewAsync(world.Artist);

        await UploadAsync(world.Artist, preview, source);
        var ready = await WaitAsync(preview);

        Assert.Equal("ready", ready["status"]!.GetValue<string>());
        Assert.Equal("png", ready["extension"]!.GetValue<string>());
        Assert.Equal((1600, 900), (ready["width"]!.GetValue<int>(), ready["height"]!.GetValue<int>()));
        var original = await ProbeAsync($"/pictures/originals/preview-files/{preview}.png");
        Assert.Equal(("png", 1600, 900), (original.Codec, original.Width, original.Height));
        Assert.Equal((1200, 676), Size(await ProbeAsync($"/pictures/previews/preview-files/{preview}.png")));
        Assert.Equal((150, 100), Size(await ProbeAsync($"/pictures/thumbnails/preview-files/{preview}.png")));
    }

    [Fact]
    public async Task CorruptMovie_EndsBroken_WithTheReason_NotA500()
    {
        var path = Path.Combine(world.Factory.DataDirectory, "corrupt.mp4");
        await File.WriteAllBytesAsync(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var preview = await NewPreviewAsync(world.Artist);

        var uploaded = await UploadAsync(world.Artist, preview, path);
        var broken = await WaitAsync(preview);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal("broken", broken["status"]!.GetValue<string>());
        Assert.Contains("could not be read", broken["data"]!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Artist.Http.GetAsync($"/api/pictures/thumbnails/preview-files/{preview}.png")).StatusCode);
    }

    [Fact]
    public async Task Upload_RefusesAnUnknownExtension_ASecondUpload_AndCallersWhoMayNotAct()
    {
        var path = Path.Combine(world.Factory.DataDirectory, "notes.xyz");
        await File.WriteAllTextAsync(path, "not media");
        var refused = await NewPreviewAsync(world.Artist);
        var pdf = Path.Combine(world.Factory.DataDirectory, "brief.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4 brief");
        var preview = await NewPreviewAsync(world.Artist);

        var wrong = await UploadAsync(world.Artist, refused, path);
        var other = await UploadAsync(world.Artist2, preview, pdf);
        var stored = await UploadAsync(world.Artist, preview, pdf);
        var again = await UploadAsync(world.Artist, preview, pdf);
        var outsider = await world.Outsider.GetAsync($"/pictures/originals/preview-files/{preview}/download");
        var download = await world.Artist2.Http.GetAsync($"/api/pictures/originals/preview-files/{preview}/download");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Wrong file format, extension: xyz", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/preview-files/{refused}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal("%PDF-1.4 brief", await download.Content.ReadAsStringAsync());
        Assert.NotNull(download.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Movies_AreServedWithRanges_ConditionalRequests_AndPrivateCaching()
    {
        var source = await MakeAsync("short.mp4", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var preview = await NewPreviewAsync(world.Artist);
        await UploadAsync(world.Artist, preview, source);
        await WaitAsync(preview);
        var url = $"/api/movies/low/preview-files/{preview}.mp4";

        using var range = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(0, 99) } };
        var partial = await world.Artist.Http.SendAsync(range);
        var full = await world.Artist.Http.GetAsync(url);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(full.Headers.ETag!);
        var notModified = await world.Artist.Http.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(100, (await partial.Content.ReadAsByteArrayAsync()).Length);
        Assert.True(full.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromDays(7), full.Headers.CacheControl.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task AWorkerStoppedMidJob_LeavesTheJobToTheNextWorker_WhichFinishesIt()
    {
        // A first server whose worker is slow (a very slow high-definition preset), stopped in the middle of the job.
        var first = new StudioApiFactory();
        first.Settings["Studio:Media:LeaseSeconds"] = "3";
        first.Settings["Studio:Media:HighDef:Preset"] = "veryslow";
        await ((IAsyncLifetime)first).InitializeAsync();
        var admin = await first.AdminAsync();
        var (task, _) = await TaskOfNewAssetAsync(admin);
        var preview = await NewPreviewAsync(admin, task);
        var source = await MakeAsync("long.mp4", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25:duration=8", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        await UploadAsync(admin, preview, source);
        await WaitForStageAsync(first, "highdef");
        await first.DisposeAsync();

        // The restarted server takes the job over once the lease has expired, and finishes it.
        var second = new StudioApiFactory(first);
        await ((IAsyncLifetime)second).InitializeAsync();
        try
        {
            var ready = await WaitAsync(preview, await second.AdminAsync(), TimeSpan.FromMinutes(2));
            await using var db = await second.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>().CreateDbContextAsync();
            var job = await db.Set<MediaJob>().SingleAsync(j => j.PreviewFileId == Guid.Parse(preview));

            Assert.Equal("ready", ready["status"]!.GetValue<string>());
            Assert.Equal((MediaJob.Done, 2), (job.State, job.Attempts));
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(second.DataDirectory, "previews"), "*.part.*", SearchOption.AllDirectories));
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    [Fact]
    public async Task Avatars_AreSquarePngs_TheirOwnersOrManagersUploadThem()
    {
        var picture = await MakeAsync("me.png", "-f", "lavfi", "-i", "testsrc2=size=640x480:rate=1:duration=1", "-frames:v", "1");
        var text = Path.Combine(world.Factory.DataDirectory, "not-a-picture.png");
        await File.WriteAllTextAsync(text, "hello");

        var own = await PostFileAsync(world.Artist, $"/pictures/thumbnails/persons/{world["artist"]}", picture);
        var others = await PostFileAsync(world.Artist2, $"/pictures/thumbnails/persons/{world["artist"]}", picture);
        var broken = await PostFileAsync(world.Artist, $"/pictures/thumbnails/persons/{world["artist"]}", text);
        var project = await PostFileAsync(world.Manager, $"/pictures/thumbnails/projects/{world["project"]}", picture);
        var projectByArtist = await PostFileAsync(world.Artist, $"/pictures/thumbnails/projects/{world["project"]}", picture);
        var avatar = await ProbeAsync($"/pictures/thumbnails/persons/{world["artist"]}.png");
        var none = await world.Artist.Http.GetAsync($"/api/pictures/thumbnails/persons/{world["artist2"]}.png");
        var person = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons/{world["artist"]}");

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Contains($"pictures/thumbnails/persons/{world["artist"]}.png", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.Created, project.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, projectByArtist.StatusCode);
        Assert.Equal(("png", 400, 400), (avatar.Codec, avatar.Width, avatar.Height));
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.True(person!["has_avatar"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PlaylistBuild_ConcatenatesTheMoviesThroughTheQueue()
    {
        var first = await MakeAsync("a.mp4", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var second = await MakeAsync("b.mp4", "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var one = await NewPreviewAsync(world.Artist);
        var two = await NewPreviewAsync(world.Artist);
        await UploadAsync(world.Artist, one, first);
        await UploadAsync(world.Artist, two, second);
        await WaitAsync(one);
        await WaitAsync(two);
        var entries = new JsonArray(new JsonObject { ["entity_id"] = Guid.NewGuid().ToString(), ["preview_file_id"] = one }, new JsonObject { ["entity_id"] = Guid.NewGuid().ToString(), ["preview_file_id"] = two });
        var playlist = (await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists", new { name = "Dailies " + Guid.NewGuid().ToString("N")[..6], project_id = world["project"] }))!.Id();
        await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/playlists/{playlist}", new JsonObject { ["shots"] = entries });

        var artist = await world.Artist.PostAsync($"/data/playlists/{playlist}/build/mp4", new { });
        var job = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/playlists/{playlist}/build/mp4", new { }))!.Id();
        var watch = Stopwatch.StartNew();
        JsonNode? state;
        do
        {
            await Task.Delay(200);
            state = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/{playlist}/jobs/{job}");
        }
        while (state!["status"]!.GetValue<string>() == "running" && watch.Elapsed < TimeSpan.FromSeconds(60));
        var movie = await ProbeAsync($"/data/playlists/{playlist}/jobs/{job}/build/mp4");
        var read = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{world["project"]}/playlists/{playlist}");
        var vendor = await world.Vendor.GetAsync($"/data/projects/{world["project"]}/playlists/{playlist}");

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal("succeeded", state["status"]!.GetValue<string>());
        Assert.InRange(movie.Duration, 2.8, 3.3);
        Assert.Equal(job, Assert.Single(read!["build_jobs"]!.AsArray()).Id());
        Assert.Equal("mp4", read["shots"]![0]!["preview_file_extension"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, vendor.Status);
    }

    [Fact]
    public async Task SetMainPreview_AndAnnotations_FollowTheirRules()
    {
        var picture = await MakeAsync("still.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var preview = await NewPreviewAsync(world.Artist);
        await UploadAsync(world.Artist, preview, picture);
        await WaitAsync(preview);

        var client = await world.Client.PutAsync($"/actions/preview-files/{preview}/set-main-preview", new { });
        var entity = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/actions/preview-files/{preview}/set-main-preview", new { });
        var artistDraws = await world.Artist.PutAsync($"/actions/preview-files/{preview}/update-annotations", new { additions = Array.Empty<object>() });
        var drawn = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/actions/preview-files/{preview}/update-annotations", new
        {
            additions = new[] { new { time = 0.5, drawing = new { objects = new[] { new { type = "path", id = "a" }, new { type = "rect", id = "b" } } } } },
        });
        var erased = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/actions/preview-files/{preview}/update-annotations", new
        {
            deletions = new[] { new { time = 0.5, objects = new[] { "a", "b" } } },
        });

        Assert.Equal(HttpStatusCode.Forbidden, client.Status);
        Assert.Equal(preview, entity!["preview_file_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, artistDraws.Status);
        Assert.Equal(2, drawn!["annotations"]![0]!["drawing"]!["objects"]!.AsArray().Count);
        Assert.Empty(erased!["annotations"]!.AsArray());
    }

    private static async Task<HttpResponseMessage> PostFileAsync(ApiClient client, string path, string file)
    {
        using var form = new MultipartFormDataContent { { new StreamContent(File.OpenRead(file)), "file", Path.GetFileName(file) } };
        return await client.Http.PostAsync("/api" + path, form);
    }

    private async Task<string> NewPreviewAsync(ApiClient client, string? task = null)
    {
        task ??= (await world.NewAssetAsync()).Modeling;
        var (_, comment) = await (client == world.Artist || task is null ? world.CommentAsync(client, task!, "wfa", "Please review") : PostCommentAsync(client, task));
        return (await client.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{task}/comments/{comment.Id()}/add-preview", new { }))!.Id();
    }

    private static async Task<(HttpStatusCode, JsonNode?)> PostCommentAsync(ApiClient client, string task)
    {
        var statuses = (await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?short_name=wfa"))!.AsArray();
        return await client.PostAsync($"/actions/tasks/{task}/comment", new { task_status_id = statuses[0].Id(), comment = "Please review" });
    }

    private static async Task<(string Task, string Asset)> TaskOfNewAssetAsync(ApiClient admin)
    {
        var project = await admin.ProjectAsync();
        var character = await admin.IdOfAsync("entity-types", "Character");
        var asset = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/asset-types/{character}/assets/new", new { name = "Hero" })).Id();
        var modeling = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types?name=Modeling"))!.AsArray().First(t => t!["for_entity"]!.GetValue<string>() == "Asset").Id();
        return ((await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = modeling })).Id(), asset);
    }

    private async Task<string> TaskOfAsync(string preview) => (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview}"))!["task_id"]!.GetValue<string>();

    private static async Task<HttpResponseMessage> UploadAsync(ApiClient client, string preview, string path)
    {
        using var form = new MultipartFormDataContent { { new StreamContent(File.OpenRead(path)), "file", Path.GetFileName(path) } };
        return await client.Http.PostAsync($"/api/pictures/preview-files/{preview}", form);
    }

    private Task<JsonObject> WaitAsync(string preview) => WaitAsync(preview, world.Admin, TimeSpan.FromSeconds(90));

    private static async Task<JsonObject> WaitAsync(string preview, ApiClient client, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var row = (await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview}"))!.AsObject();
            if (row["status"]!.GetValue<string>() != "processing" || watch.Elapsed > timeout)
            {
                return row;
            }

            await Task.Delay(200);
        }
    }

    private static async Task WaitForStageAsync(StudioApiFactory factory, string stage)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await using var db = await contexts.CreateDbContextAsync();
            if (await db.Set<MediaJob>().AnyAsync(j => j.State == MediaJob.Running && j.Stage == stage))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The job never reached {stage}.");
    }

    private async Task<string> MakeAsync(string name, params string[] arguments)
    {
        var path = Path.Combine(world.Factory.DataDirectory, "sources", Guid.NewGuid().ToString("N")[..8] + "-" + name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await RunAsync("ffmpeg", ["-v", "error", "-y", .. arguments, path]);
        return path;
    }

    private async Task<Probe> ProbeAsync(string url)
    {
        var response = await world.Artist.Http.GetAsync("/api" + url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        var path = Path.Combine(world.Factory.DataDirectory, "downloads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var json = JsonNode.Parse(await RunAsync("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", path]))!;
        var streams = json["streams"]!.AsArray();
        var video = streams.First(s => s!["codec_type"]!.GetValue<string>() == "video")!;
        var duration = double.TryParse(json["format"]?["duration"]?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
        return new Probe(video["codec_name"]!.GetValue<string>(), video["pix_fmt"]?.GetValue<string>(), video["width"]!.GetValue<int>(), video["height"]!.GetValue<int>(),
            video["r_frame_rate"]?.GetValue<string>(), duration, streams.Any(s => s!["codec_type"]!.GetValue<string>() == "audio"));
    }

    private static (int, int) Size(Probe probe) => (probe.Width, probe.Height);

    private static async Task<string> RunAsync(string tool, string[] arguments)
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

    private sealed record Probe(string Codec, string? PixelFormat, int Width, int Height, string? Rate, double Duration, bool HasAudio);
}
