using Microsoft.EntityFrameworkCore;
using Studio.Domain.Media;
using Studio.Domain.Previews;
using Studio.Tests.Unit.Builders;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Media;

/// <summary>The media tests share one server and run one after the other: their ffmpeg runs would fight for two cores.</summary>
[CollectionDefinition(Name)]
public sealed class MediaCollection : ICollectionFixture<MediaWorld>
{
    public const string Name = "Media";
}

/// <summary>
/// A <see cref="TaskWorld"/> whose media settings make failures quick to see: two attempts, half a second between
/// them, a fast poll, an 8 MB upload limit, and ffmpeg run through a wrapper that fails on demand: a file
/// <c>fail-&lt;name&gt;</c> in <see cref="FlagFolder"/> holding a text makes every ffmpeg whose arguments contain that text
/// exit 1 (<c>fail-&lt;name&gt;.once</c>: only the first).
/// </summary>
public sealed class MediaWorld : TaskWorld
{
    public const long UploadLimit = 8L * 1024 * 1024;

    public MediaWorld()
    {
        Directory.CreateDirectory(FlagFolder);
        var wrapper = System.IO.Path.Combine(FlagFolder, "ffmpeg");
        File.WriteAllText(wrapper, $$"""
            #!/bin/sh
            for flag in "{{FlagFolder}}"/fail-*; do
              [ -e "$flag" ] || continue
              pattern=$(cat "$flag")
              case "$*" in *"$pattern"*)
                case "$flag" in *.once) rm -f "$flag" ;; esac
                echo "injected failure" >&2
                exit 1 ;;
              esac
            done
            exec ffmpeg "$@"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The task world, with media settings that make failures quick to see.</summary>
    protected override void Declare(StudioWorldBuilder world) => base.Declare(world
        .Setting("Studio:Media:Ffmpeg", System.IO.Path.Combine(FlagFolder, "ffmpeg"))
        .Setting("Studio:Media:MaxAttempts", "2")
        .Setting("Studio:Media:RetryDelaySeconds", "0.5")
        .Setting("Studio:Media:PollSeconds", "0.2")
        .Setting("Studio:Media:MaxUploadSize", UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string FlagFolder => System.IO.Path.Combine(Factory.DataDirectory, "ffmpeg-flags");

    /// <summary>Makes ffmpeg fail on arguments containing <paramref name="pattern"/> until the returned value is disposed.</summary>
    public IDisposable FailFfmpeg(string pattern, bool once = false)
    {
        var flag = System.IO.Path.Combine(FlagFolder, $"fail-{Guid.NewGuid():N}{(once ? ".once" : "")}");
        File.WriteAllText(flag, pattern);
        return new Flag(flag);
    }

    public Task<MediaJob> JobOfAsync(string preview) =>
        DbAsync(db => db.Set<MediaJob>().AsNoTracking().OrderBy(j => j.CreatedAt).LastAsync(j => j.PreviewFileId == Guid.Parse(preview)));

    /// <summary>
    /// The preview's last job once it is no longer queued or running: a preview turns ready in the job's last step,
    /// and the job is marked done just after.
    /// </summary>
    public async Task<MediaJob> SettledJobOfAsync(string preview)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var job = await JobOfAsync(preview);
        while (job.State is MediaJob.Queued or MediaJob.Running && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
            job = await JobOfAsync(preview);
        }

        return job;
    }

    /// <summary>What the pipeline kept of a preview for itself (none before an upload).</summary>
    public Task<PreviewPipeline?> PipelineOfAsync(string preview) =>
        DbAsync(db => db.Set<PreviewPipeline>().AsNoTracking().FirstOrDefaultAsync(r => r.PreviewFileId == Guid.Parse(preview)));

    /// <summary>A production of the artist and the manager with its own resolution (small movies encode fast).</summary>
    public async Task<string> ProjectAsync(string resolution)
    {
        var project = "project-" + Guid.NewGuid().ToString("N");
        await AddAsync(world => world.Project(project, "manager", "artist", "artist2").Update(project, "projects", new { resolution, fps = "25" }));
        return this[project];
    }

    private sealed class Flag(string path) : IDisposable
    {
        public void Dispose() => File.Delete(path);
    }
}
