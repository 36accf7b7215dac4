using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Events;
using Studio.Domain.Previews;
using static Studio.Tests.Unit.Media.MediaFiles;

namespace Studio.Tests.Unit.Media;

/// <summary>
/// A preview's <c>data</c> is its clients' own: uploads leave it as they left it (null, or their keys, also keys written
/// while the pipeline works), and what the pipeline keeps for itself (the low definition in place, what it measured,
/// why a preview broke) is still known to the task panel.
/// </summary>
[Collection(MediaCollection.Name)]
public sealed class PreviewDataTests(MediaWorld world)
{
    [Fact]
    public async Task PictureUpload_LeavesDataNull_OrTheClientsKeys()
    {
        var still = await MakeAsync(world.Factory, "data.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var bare = await NewPreviewAsync(world, world.Artist);
        var annotated = await NewPreviewAsync(world, world.Artist);
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/preview-files/{annotated}", new { data = new { note = "from a script" } });

        var bareAnswer = JsonNode.Parse(await (await UploadAsync(world.Artist, bare, still)).Content.ReadAsStringAsync())!;
        var annotatedAnswer = JsonNode.Parse(await (await UploadAsync(world.Artist, annotated, still)).Content.ReadAsStringAsync())!;
        var bareRow = await WaitAsync(world.Admin, bare);
        var annotatedRow = await WaitAsync(world.Admin, annotated);
        var kept = await world.PipelineOfAsync(bare);

        Assert.Equal("ready", bareAnswer["status"]!.GetValue<string>());
        Assert.Null(bareAnswer["data"]);
        Assert.Null(bareRow["data"]);
        Same("""{"note": "from a script"}""", annotatedAnswer["data"]);
        Same("""{"note": "from a script"}""", annotatedRow["data"]);
        Assert.Equal(("png", 320, 180, new FileInfo(still).Length), (kept!.SourceExtension, kept.OriginalWidth, kept.OriginalHeight, kept.OriginalFileSize));
    }

    [Fact]
    public async Task MovieUpload_KeepsTheClientsData_WhileTheLowDefinitionAndTheBrokenReasonShow()
    {
        var (_, task, _) = await world.NewAssetAsync();
        var source = await MakeAsync(world.Factory, "data.mov", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var preview = await NewPreviewAsync(world, world.Artist, task);
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/preview-files/{preview}", new { data = new { note = "before" } });
        var artist = new Actor(Guid.Parse(world["artist"]), "user");
        var progress = world.Factory.Services.GetRequiredService<PreviewProgressService>();
        // The progress is read as the first "low definition ready" event is published: the preview is still processing
        // then (its high definition fails next, and it breaks only after a retry), whatever the machine's load.
        var whileProcessingRead = new TaskCompletionSource<Task<IReadOnlyDictionary<Guid, PreviewProgress>>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = world.Factory.Services.GetRequiredService<EventPublisher>().Subscribe(e =>
        {
            if (e.Name == "preview-file:update" && e.Data?["preview_file_id"]?.ToString() == preview && e.Data?["lowdef"]?.GetValue<bool>() == true
                && !whileProcessingRead.Task.IsCompleted)
            {
                whileProcessingRead.TrySetResult(progress.OfTaskAsync(artist, Guid.Parse(task), CancellationToken.None));
            }
        });

        // Every high-definition encode of this preview fails: each attempt makes the low definition, then the preview
        // breaks once its attempts are spent.
        var name = Guid.Parse(preview).ToString("N");
        using (world.FailFfmpeg($"previews/{name[..2]}/{name}"))
        {
            await UploadAsync(world.Artist, preview, source);
            var whileProcessing = await await whileProcessingRead.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/preview-files/{preview}", new { data = new { reviewed = true } });
            var broken = await WaitAsync(world.Admin, preview, 60);
            var reasons = await progress.BrokenReasonsAsync(artist, Guid.Parse(task), CancellationToken.None);

            Assert.True(whileProcessing[Guid.Parse(preview)].LowDefinitionStored);
            Assert.Equal("broken", broken["status"]!.GetValue<string>());
            // A PUT replaces the whole field (as Zou's does); the pipeline writes nothing into it, before or after.
            Same("""{"reviewed": true}""", broken["data"]);
            var recorded = (await world.PipelineOfAsync(preview))!.BrokenReason;
            Assert.False(string.IsNullOrWhiteSpace(recorded));
            Assert.Equal(recorded, reasons[Guid.Parse(preview)]);
        }
    }

    /// <summary>Compares JSON by value: on PostgreSQL, jsonb does not keep the keys' order.</summary>
    private static void Same(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual?.ToJsonString() ?? "null");
}
