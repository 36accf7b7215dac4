using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Studio.Media;
using Studio.Tests.Unit.Infrastructure;
using static Studio.Tests.Unit.Media.MediaFiles;

namespace Studio.Tests.Unit.Media;

/// <summary>
/// The media pipeline with Debian's ffmpeg: real uploads made by ffmpeg's test sources, every generated file
/// checked with ffprobe, a corrupt upload, refused uploads, serving, avatars, main pictures and annotations.
/// </summary>
[Collection(MediaCollection.Name)]
public sealed class MediaPipelineTests(MediaWorld world)
{
    [Fact]
    public async Task Movie_IsNormalized_LowAndHighDefinition_ThumbnailsAndTiles()
    {
        // 44.1 kHz mono sound: the movies carry it as AAC 48 kHz stereo, like the silent track of a movie without one.
        var source = await MakeAsync("movie.mov", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30:duration=2", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=2",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-ac", "1");
        var preview = await NewPreviewAsync(world.Artist);

        var uploaded = await UploadAsync(world.Artist, preview, source);
        var ready = await WaitAsync(preview);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal("ready", ready["status"]!.GetValue<string>());
        Assert.Equal("mp4", ready["extension"]!.GetValue<string>());
        Assert.Equal(1920, ready["width"]!.GetValue<int>());
        Assert.Equal(1080, ready["height"]!.GetValue<int>());
        Assert.InRange(ready["duration"]!.GetValue<double>(), 1.9, 2.1);
        Assert.Null(ready["data"]);
        var kept = (await world.PipelineOfAsync(preview))!;
        Assert.Equal(("mov", true, 320, 240, "25.000", 1280, 720), (kept.SourceExtension, kept.LowDefinitionReady, kept.OriginalWidth, kept.OriginalHeight, kept.Fps, kept.LowDefinitionWidth, kept.LowDefinitionHeight));
        Assert.InRange(kept.OriginalDuration ?? 0, 1.9, 2.1);
        Assert.Equal(new FileInfo(source).Length, kept.OriginalFileSize);

        var low = await ProbeAsync($"/movies/low/preview-files/{preview}.mp4");
        Assert.Equal(("h264", "yuv420p", 1280, 720, "25/1"), (low.Codec, low.PixelFormat, low.Width, low.Height, low.Rate));
        Assert.Equal(("aac", 48000, 2), (low.AudioCodec, low.SampleRate, low.Channels));
        Assert.InRange(low.Duration, 1.9, 2.1);
        var highPath = await DownloadAsync(world.Factory, world.Artist, $"/movies/originals/preview-files/{preview}.mp4");
        var high = await MediaFiles.ProbeAsync(highPath);
        Assert.Equal(("h264", "yuv420p", 1920, 1080, "25/1"), (high.Codec, high.PixelFormat, high.Width, high.Height, high.Rate));
        Assert.Equal(("aac", 48000, 2), (high.AudioCodec, high.SampleRate, high.Channels));
        Assert.InRange(high.VideoDuration, 1.9, 2.1);
        Assert.InRange(high.AudioDuration, 1.9, 2.1);

        // ZOU: keyint=2: every other frame is a key frame, for frame-accurate scrubbing; +faststart: the index first.
        var keys = await KeyFramesAsync(highPath);
        Assert.Equal(50, keys.Length);
        Assert.All(keys.Select((key, i) => (key, i)), k => Assert.Equal(k.i % 2 == 0, k.key));
        var boxes = TopLevelBoxes(highPath);
        Assert.True(boxes.IndexOf("moov") is >= 0 and var moov && moov < boxes.IndexOf("mdat"), string.Join(",", boxes));

        Assert.Equal((150, 100), (await ProbeAsync($"/pictures/thumbnails/preview-files/{preview}.png")).Size);
        Assert.Equal((100, 100), (await ProbeAsync($"/pictures/thumbnails-square/preview-files/{preview}.png")).Size);
        Assert.Equal((1200, 675), (await ProbeAsync($"/pictures/previews/preview-files/{preview}.png")).Size);
        Assert.Equal((1920, 1080), (await ProbeAsync($"/pictures/originals/preview-files/{preview}.png")).Size);
        var tiles = await ProbeAsync($"/movies/tiles/preview-files/{preview}.png");
        Assert.Equal((8 * 178, 100 * 7), tiles.Size);
        Assert.Equal(preview, (await world.TaskAsync(await TaskOfAsync(preview)))["last_preview_file_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Png_IsReadyInTheUploadAnswer_WithItsSize_AndPngVariants()
    {
        var source = await MakeAsync("sample.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var preview = await NewPreviewAsync(world.Artist);

        var uploaded = await UploadAsync(world.Artist, preview, source);
        var answer = JsonNode.Parse(await uploaded.Content.ReadAsStringAsync())!;

        // ZOU: Zou's 201 to a picture upload is already ready, with the picture's size, and carries no comments relation.
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(("ready", "png", 320, 180), (answer["status"]!.GetValue<string>(), answer["extension"]!.GetValue<string>(), answer["width"]!.GetValue<int>(), answer["height"]!.GetValue<int>()));
        Assert.Equal("sample", answer["original_name"]!.GetValue<string>()[9..]);
        Assert.Null(answer["comments"]);
        var original = await ProbeAsync($"/pictures/originals/preview-files/{preview}.png");
        Assert.Equal(("png", 320, 180), (original.Codec, original.Width, original.Height));
        var large = await ProbeAsync($"/pictures/previews/preview-files/{preview}.png");
        Assert.Equal(("png", 1200, 675), (large.Codec, large.Width, large.Height));
        Assert.Equal((150, 100), (await ProbeAsync($"/pictures/thumbnails/preview-files/{preview}.png")).Size);
        Assert.Equal((100, 100), (await ProbeAsync($"/pictures/thumbnails-square/preview-files/{preview}.png")).Size);
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
        Assert.Equal((1200, 675), (await ProbeAsync($"/pictures/previews/preview-files/{preview}.png")).Size);
        Assert.Equal((150, 100), (await ProbeAsync($"/pictures/thumbnails/preview-files/{preview}.png")).Size);
    }

    [Fact]
    public async Task CorruptMovie_EndsBroken_WithTheReason_NotA500()
    {
        var path = Path.Combine(world.Factory.DataDirectory, "sources", "corrupt.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var preview = await NewPreviewAsync(world.Artist);

        var uploaded = await UploadAsync(world.Artist, preview, path);
        var broken = await WaitAsync(preview);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal("broken", broken["status"]!.GetValue<string>());
        Assert.Null(broken["data"]);
        var reason = (await world.PipelineOfAsync(preview))!.BrokenReason!;
        Assert.Contains("could not be read", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("/", reason, StringComparison.Ordinal);
        Assert.Equal(1, (await world.JobOfAsync(preview)).Attempts);
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
    public async Task Avatars_AreClearedByTheirOwnersThroughTheUserRoute_OrByAnAdministrator()
    {
        var picture = await MakeAsync("face.png", "-f", "lavfi", "-i", "testsrc2=size=320x320:rate=1:duration=1", "-frames:v", "1");
        var manager = world["manager"];
        var file = world.Factory.Services.GetRequiredService<ThumbnailService>().PathOf("persons", Guid.Parse(manager));
        async Task<bool> HasAvatarAsync() => (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons/{manager}"))!["has_avatar"]!.GetValue<bool>();

        Assert.Equal(HttpStatusCode.Created, (await PostFileAsync(world.Manager, $"/pictures/thumbnails/persons/{manager}", picture)).StatusCode);
        await world.Artist.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, $"/actions/persons/{manager}/clear-avatar");
        await world.Manager.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, $"/actions/persons/{manager}/clear-avatar");
        Assert.True(await HasAvatarAsync());
        await world.Manager.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, "/actions/user/clear-avatar");
        Assert.False(await HasAvatarAsync());
        Assert.False(File.Exists(file));
        Assert.Equal(HttpStatusCode.NotFound, (await world.Artist.Http.GetAsync($"/api/pictures/thumbnails/persons/{manager}.png")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await PostFileAsync(world.Manager, $"/pictures/thumbnails/persons/{manager}", picture)).StatusCode);
        await world.Admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/actions/persons/{manager}/clear-avatar");
        Assert.False(await HasAvatarAsync());
        Assert.False(File.Exists(file));
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Delete, $"/actions/persons/{Guid.NewGuid()}/clear-avatar");
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

    private Task<string> NewPreviewAsync(ApiClient client) => MediaFiles.NewPreviewAsync(world, client);

    private Task<JsonObject> WaitAsync(string preview) => MediaFiles.WaitAsync(world.Admin, preview);

    private Task<string> MakeAsync(string name, params string[] arguments) => MediaFiles.MakeAsync(world.Factory, name, arguments);

    private Task<Probe> ProbeAsync(string url) => ProbeUrlAsync(world.Factory, world.Artist, url);

    private async Task<string> TaskOfAsync(string preview) => (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview}"))!["task_id"]!.GetValue<string>();
}
