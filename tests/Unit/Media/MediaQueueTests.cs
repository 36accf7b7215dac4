using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Events;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Domain.Previews;
using Studio.Tests.Unit.Infrastructure;
using static Studio.Tests.Unit.Media.MediaFiles;

namespace Studio.Tests.Unit.Media;

/// <summary>
/// The durable queue under failure: a job whose worker keeps dying, failures of the machine retried, progress written
/// while ffmpeg runs, the low definition announced early, several claimers at once, sources not kept when so set.
/// </summary>
[Collection(MediaCollection.Name)]
public sealed class MediaQueueTests(MediaWorld world)
{
    [Fact]
    public async Task AJobWhoseAttemptsAreSpent_IsNotClaimedAgain_ThePreviewBreaksWithTheReason()
    {
        var preview = await NewPreviewAsync(world, world.Artist);
        var contexts = world.Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        var jobId = Guid.NewGuid();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // The second (last) attempt's worker died: its lease ran out.
            db.Add(new MediaJob
            {
                Id = jobId, Kind = "preview", PreviewFileId = Guid.Parse(preview), State = MediaJob.Running, Attempts = 2, LeaseOwner = "dead",
                LeaseUntil = DateTime.UtcNow.AddMinutes(-1), Data = new System.Text.Json.Nodes.JsonObject { ["source_extension"] = "mp4", ["kind"] = "movie" },
            });
            await db.SaveChangesAsync();
        }

        var broken = await WaitAsync(world.Admin, preview, 20);
        await using var read = await contexts.CreateDbContextAsync();
        var job = await read.Set<MediaJob>().AsNoTracking().SingleAsync(j => j.Id == jobId);

        Assert.Equal("broken", broken["status"]!.GetValue<string>());
        Assert.Null(broken["data"]);
        Assert.Contains("given up", (await world.PipelineOfAsync(preview))!.BrokenReason, StringComparison.Ordinal);
        Assert.Equal((MediaJob.Failed, 2), (job.State, job.Attempts));
    }

    [Fact]
    public async Task AnFfmpegFailureOnAFileThatProbedFine_IsRetried_AndTheMovieEndsReady()
    {
        var source = await MakeAsync(world.Factory, "retry.mp4", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var preview = await NewPreviewAsync(world, world.Artist);

        using (world.FailFfmpeg(Guid.Parse(preview).ToString("N"), once: true))
        {
            await UploadAsync(world.Artist, preview, source);
            var ready = await WaitAsync(world.Admin, preview, 60);
            var job = await world.SettledJobOfAsync(preview);

            Assert.Equal("ready", ready["status"]!.GetValue<string>());
            Assert.Equal((MediaJob.Done, 2), (job.State, job.Attempts));
        }
    }

    [Fact]
    public async Task APictureTheUploadCouldNotProcess_IsLeftToTheQueue_AndEndsReady()
    {
        var still = await MakeAsync(world.Factory, "later.png", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");
        var preview = await NewPreviewAsync(world, world.Artist);

        using (world.FailFfmpeg(Guid.Parse(preview).ToString("N"), once: true))
        {
            var uploaded = await UploadAsync(world.Artist, preview, still);
            var ready = await WaitAsync(world.Admin, preview, 30);

            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            Assert.Equal(("ready", 320), (ready["status"]!.GetValue<string>(), ready["width"]!.GetValue<int>()));
        }
    }

    [Fact]
    public async Task Progress_IsWrittenWhileFfmpegRuns_AndAnnouncedWithTheProject_LowDefinitionFirst()
    {
        // A production at 2560×1440: its high definition takes long enough to be watched.
        var project = await world.ProjectAsync("2560x1440");
        var (_, task, _) = await world.NewAssetAsync(project);
        var source = await MakeAsync(world.Factory, "watched.mp4", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25:duration=3", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        var preview = await NewPreviewAsync(world, world.Artist, task);
        var seen = new ConcurrentQueue<ApiEvent>();
        using var subscription = world.Factory.Services.GetRequiredService<EventPublisher>().Subscribe(e =>
        {
            if (e.Data?["preview_file_id"]?.ToString() == preview)
            {
                seen.Enqueue(e);
            }
        });

        await UploadAsync(world.Artist, preview, source);
        var stored = new List<(TimeSpan At, string State, int Progress)>();
        var watch = Stopwatch.StartNew();
        MediaJob job;
        do
        {
            job = await world.JobOfAsync(preview);
            stored.Add((watch.Elapsed, job.State, job.Progress));
            await Task.Delay(100);
        }
        while (job.State is MediaJob.Queued or MediaJob.Running && watch.Elapsed < TimeSpan.FromSeconds(90));

        var firstWritten = stored.FirstOrDefault(s => s.State == MediaJob.Running && s.Progress is > 0 and < 100);
        Assert.Equal(MediaJob.Done, job.State);
        Assert.True(firstWritten != default, "no progress was written while the job ran: " + string.Join(" ", stored.Select(s => $"{s.At.TotalSeconds:F1}:{s.Progress}")));
        var progress = seen.Where(e => e.Name == "preview-file:progress").ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, e => Assert.Equal(Guid.Parse(project), e.ProjectId));
        var events = seen.ToList();
        var lowdef = events.FindIndex(e => e.Name == "preview-file:update" && e.Data?["lowdef"]?.GetValue<bool>() == true);
        var added = events.FindIndex(e => e.Name == "preview-file:add-file");
        Assert.InRange(lowdef, 0, added - 1);
        Assert.Equal(Guid.Parse(project), events[lowdef].ProjectId);
    }

    [Fact]
    public async Task ConcurrentClaimers_NeverGetTheSameJob()
    {
        var factory = new StudioApiFactory();
        if (!factory.IsPostgres)
        {
            // SQLite has one writer: the race this test looks for is PostgreSQL's (FOR UPDATE SKIP LOCKED).
            await factory.DisposeAsync();
            return;
        }

        factory.Settings["Studio:Media:RunWorkers"] = "false";
        await ((IAsyncLifetime)factory).InitializeAsync();
        try
        {
            var contexts = factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
            await using (var db = await contexts.CreateDbContextAsync())
            {
                for (var i = 0; i < 40; i++)
                {
                    MediaQueue.Enqueue(db, "playlist", null, null);
                }

                await db.SaveChangesAsync();
            }

            var queue = factory.Services.GetRequiredService<MediaQueue>();
            var claimed = new ConcurrentBag<Guid>();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                while (await queue.ClaimAsync($"claimer-{w}", TimeSpan.FromMinutes(5), 3, CancellationToken.None) is { } job)
                {
                    claimed.Add(job.Id);
                }
            })));

            Assert.Equal(40, claimed.Count);
            Assert.Equal(40, claimed.Distinct().Count());
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    [Fact]
    public async Task WithKeepSourceOff_TheUploadIsRemovedOnceThePreviewIsReady()
    {
        var factory = new StudioApiFactory();
        factory.Settings["Studio:Media:KeepSource"] = "false";
        await ((IAsyncLifetime)factory).InitializeAsync();
        try
        {
            var admin = await factory.AdminAsync();
            var preview = await NewAdminPreviewAsync(admin);
            var still = await MakeAsync(factory, "gone.jpg", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=1:duration=1", "-frames:v", "1");

            var uploaded = await UploadAsync(admin, preview, still);
            var store = factory.Services.GetRequiredService<PreviewStore>();

            // The same through the queue, for an upload whose request went away before making the pictures.
            var adminId = Guid.Parse((await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated"))!["user"]!.Id());
            var queued = await NewAdminPreviewAsync(admin);
            await AbandonPictureUploadAsync(factory, new Actor(adminId, "admin"), queued, still);

            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            Assert.Equal("ready", (await WaitAsync(admin, preview))["status"]!.GetValue<string>());
            Assert.Null(store.Find(PreviewStore.Source, Guid.Parse(preview), "jpg"));
            Assert.NotNull(store.Find(PreviewStore.Original, Guid.Parse(preview), "png"));
            var later = await WaitAsync(admin, queued);
            Assert.Equal(("ready", 180), (later["status"]!.GetValue<string>(), later["height"]!.GetValue<int>()));
            Assert.Null(store.Find(PreviewStore.Source, Guid.Parse(queued), "jpg"));
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }
}
