using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;
using static Studio.Tests.Unit.Media.MediaFiles;

namespace Studio.Tests.Unit.Media;

/// <summary>
/// Playlist movies: joined without re-encoding only when every stream matches, re-encoded at the production's
/// size otherwise; one build at a time per playlist; a build that cannot finish ends failed.
/// </summary>
[Collection(MediaCollection.Name)]
public sealed class PlaylistBuildTests(MediaWorld world)
{
    [Fact]
    public async Task ClipsWithDifferentAudio_AreJoinedWithTheSoundToTheEnd()
    {
        var project = await world.ProjectAsync("320x180");
        var normalized = await ReadyPreviewAsync(project, "normalized.mp4", "testsrc2", "sine=frequency=440:sample_rate=48000:duration=2", normalize: true);
        // Same picture format, but its sound is 22.05 kHz mono: a stream copy would play it at the first clip's clock.
        var kept = await ReadyPreviewAsync(project, "kept.mp4", "testsrc", "sine=frequency=660:sample_rate=22050:duration=2", normalize: false, audio: ["-ac", "1"]);

        var movie = await BuildAsync(project, normalized, kept);

        Assert.InRange(movie.VideoDuration, 3.8, 4.2);
        Assert.InRange(movie.AudioDuration, movie.VideoDuration - 0.15, movie.VideoDuration + 0.15);
        Assert.Equal(("aac", 48000, 2), (movie.AudioCodec, movie.SampleRate, movie.Channels));
    }

    [Fact]
    public async Task ClipsOfDifferentSizes_AreReencodedAtTheProductionsSize_NotTheFirstClips()
    {
        var project = await world.ProjectAsync("320x180");
        var small = await ReadyPreviewAsync(project, "small.mp4", "testsrc2", "sine=frequency=440:sample_rate=48000:duration=1", normalize: false, size: "160x90", seconds: 1);
        var normalized = await ReadyPreviewAsync(project, "wide.mp4", "testsrc", "sine=frequency=660:sample_rate=48000:duration=1", normalize: true, seconds: 1);

        var movie = await BuildAsync(project, small, normalized);

        Assert.Equal((320, 180), movie.Size);
        Assert.Equal("25/1", movie.Rate);
        Assert.InRange(movie.AudioDuration, movie.VideoDuration - 0.15, movie.VideoDuration + 0.15);
    }

    [Fact]
    public async Task ASecondBuildWhileOneRuns_Is409_AndABuildThatCannotFinish_EndsFailed()
    {
        var project = await world.ProjectAsync("320x180");
        var clip = await ReadyPreviewAsync(project, "one.mp4", "testsrc2", "sine=frequency=440:sample_rate=48000:duration=1", normalize: true, seconds: 1);
        var playlist = await PlaylistAsync(project, clip);

        // Not an ffmpeg failure: the folder of built movies cannot be made, an IO error the worker retries, then gives up on.
        var folder = Path.Combine(world.Factory.DataDirectory, "playlists");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        await File.WriteAllTextAsync(folder, "in the way");
        try
        {
            var artist = await world.Artist.GetAsync($"/data/playlists/{playlist}/build/mp4");
            var job = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/{playlist}/build/mp4"))!.Id();
            var second = await world.Manager.GetAsync($"/data/playlists/{playlist}/build/mp4");
            var state = await WaitForBuildAsync(playlist, job);

            var read = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/playlists/{playlist}");

            Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
            Assert.Equal(HttpStatusCode.Conflict, second.Status);
            Assert.Equal(job, Assert.Single(read!["build_jobs"]!.AsArray()).Id());
            Assert.Equal("failed", state["status"]!.GetValue<string>());
            Assert.NotNull(state["ended_at"]);
        }
        finally
        {
            File.Delete(folder);
        }
    }

    private async Task<string> ReadyPreviewAsync(string project, string name, string picture, string sound, bool normalize, string size = "320x180", int seconds = 2, string[]? audio = null)
    {
        var (_, task, _) = await world.NewAssetAsync(project);
        var source = await MakeAsync(world.Factory, name, ["-f", "lavfi", "-i", $"{picture}=size={size}:rate=25:duration={seconds}", "-f", "lavfi", "-i", sound,
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", .. audio ?? []]);
        var preview = await NewPreviewAsync(world, world.Artist, task);
        await UploadAsync(world.Artist, preview, source, normalize);
        Assert.Equal("ready", (await WaitAsync(world.Admin, preview))["status"]!.GetValue<string>());
        return preview;
    }

    private async Task<string> PlaylistAsync(string project, params string[] previews)
    {
        var entries = new JsonArray([.. previews.Select(p => (JsonNode?)new JsonObject { ["entity_id"] = Guid.NewGuid().ToString(), ["preview_file_id"] = p })]);
        var playlist = (await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists", new { name = "Dailies " + Guid.NewGuid().ToString("N")[..6], project_id = project }))!.Id();
        await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/playlists/{playlist}", new JsonObject { ["shots"] = entries });
        return playlist;
    }

    private async Task<Probe> BuildAsync(string project, params string[] previews)
    {
        var playlist = await PlaylistAsync(project, previews);
        var job = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/{playlist}/build/mp4"))!.Id();
        Assert.Equal("succeeded", (await WaitForBuildAsync(playlist, job))["status"]!.GetValue<string>());
        return await ProbeUrlAsync(world.Factory, world.Manager, $"/data/playlists/{playlist}/jobs/{job}/build/mp4");
    }

    private async Task<JsonNode> WaitForBuildAsync(string playlist, string job)
    {
        var watch = Stopwatch.StartNew();
        JsonNode? state;
        do
        {
            await Task.Delay(200);
            state = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/{playlist}/jobs/{job}");
        }
        while (state!["status"]!.GetValue<string>() == "running" && watch.Elapsed < TimeSpan.FromSeconds(60));
        return state;
    }
}
