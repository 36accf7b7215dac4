using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Events;
using static Studio.Tests.Unit.Media.MediaFiles;

namespace Studio.Tests.Unit.Media;

/// <summary>Main pictures from a chosen frame, and annotations edited at the same time by several people.</summary>
[Collection(MediaCollection.Name)]
public sealed class MainPreviewTests(MediaWorld world)
{
    [Fact]
    public async Task SetMainPreview_WithAFrame_RemakesTheThumbnails_OnlyForMovies()
    {
        var movie = await MakeAsync(world.Factory, "turn.mp4", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var still = await MakeAsync(world.Factory, "still.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var preview = await NewPreviewAsync(world, world.Artist);
        var picture = await NewPreviewAsync(world, world.Artist);
        await UploadAsync(world.Artist, preview, movie);
        await UploadAsync(world.Artist, picture, still);
        await WaitAsync(world.Admin, preview);
        var before = await world.Artist.Http.GetByteArrayAsync($"/api/pictures/thumbnails/preview-files/{preview}.png");

        var entity = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/actions/preview-files/{preview}/set-main-preview", new { frame_number = 40 });
        var after = await world.Artist.Http.GetByteArrayAsync($"/api/pictures/thumbnails/preview-files/{preview}.png");
        var refused = await world.Artist.PutAsync($"/actions/preview-files/{picture}/set-main-preview", new { frame_number = 3 });

        Assert.Equal(preview, entity!["preview_file_id"]!.GetValue<string>());
        Assert.NotEqual(before, after);
        Assert.Equal((150, 100), (await ProbeUrlAsync(world.Factory, world.Artist, $"/pictures/thumbnails/preview-files/{preview}.png")).Size);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Can't use a given frame on non movie preview", refused.Body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Annotations_EditedAtOnce_KeepEveryDrawing_AndTheEventCarriesUpdatedAt()
    {
        var still = await MakeAsync(world.Factory, "board.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var preview = await NewPreviewAsync(world, world.Artist);
        await UploadAsync(world.Artist, preview, still);
        var seen = new ConcurrentQueue<ApiEvent>();
        using var subscription = world.Factory.Services.GetRequiredService<EventPublisher>().Subscribe(e =>
        {
            if (e.Name == "preview-file:annotation-update")
            {
                seen.Enqueue(e);
            }
        });

        var edits = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => world.Manager.PutAsync($"/actions/preview-files/{preview}/update-annotations", new
        {
            additions = new[] { new { time = i + 0.5, drawing = new { objects = new[] { new { type = "path", id = $"stroke-{i}" } } } } },
        })));
        var row = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview}");

        Assert.All(edits, e => Assert.Equal(HttpStatusCode.OK, e.Status));
        Assert.Equal(8, row!["annotations"]!.AsArray().Count);
        Assert.Equal(8, seen.Count);
        Assert.Contains(seen, e => e.Data!["updated_at"]!.GetValue<string>() == row["updated_at"]!.GetValue<string>());
    }
}
