using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Domain.Previews;
using Studio.Domain.Tasks;

namespace Studio.Domain.Playlists;

/// <summary>
/// Playlists for review: a playlist with its entries' previews, temporary playlists made from tasks, the
/// previews of an entity by task type, and build jobs that concatenate the movies through the media queue.
/// </summary>
public sealed class PlaylistService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, IOptions<StudioOptions> options)
{
    /// <summary>
    /// A playlist of the production with its build jobs and, for each entry's preview, its row and the other previews
    /// of that revision of its task.
    /// </summary>
    public async Task<PlaylistDetail> GetAsync(Actor actor, Guid projectId, Guid playlistId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var playlist = await ReadableAsync(db, actor, playlistId, cancellationToken);
        if (playlist.ProjectId != projectId)
        {
            throw new NotFoundException();
        }

        var jobs = await db.Set<BuildJob>().AsNoTracking().Where(j => j.PlaylistId == playlist.Id).OrderByDescending(j => j.CreatedAt).ToListAsync(cancellationToken);
        var previewIds = PreviewIds(playlist);
        var previews = await db.Set<PreviewFile>().AsNoTracking().Where(p => previewIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var taskIds = previews.Select(p => p.TaskId).OfType<Guid>().Distinct().ToList();
        var siblings = (await db.Set<PreviewFile>().AsNoTracking().Where(p => p.TaskId != null && taskIds.Contains(p.TaskId.Value)).OrderByDescending(p => p.Revision).ThenBy(p => p.Position).ToListAsync(cancellationToken))
            .ToLookup(p => p.TaskId);
        var played = previews.ToDictionary(p => p.Id, p => new PlaylistPreview(p, [.. siblings[p.TaskId].Where(s => s.Revision == p.Revision && s.Id != p.Id)]));
        return new PlaylistDetail(playlist, jobs, played);
    }

    /// <summary>A temporary playlist of the latest preview of each task the caller reads in the production (tasks without one are left out).</summary>
    public async Task<IReadOnlyList<TaskPreviewEntry>> TempAsync(Actor actor, Guid projectId, IReadOnlyList<Guid> taskIds, bool sort, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var rows = new List<TaskPreviewEntry>();
        foreach (var taskId in taskIds.Distinct())
        {
            var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
            if (task.ProjectId != projectId)
            {
                continue;
            }

            var preview = await db.Set<PreviewFile>().AsNoTracking().Where(p => p.TaskId == task.Id).OrderByDescending(p => p.Revision).ThenBy(p => p.Position).FirstOrDefaultAsync(cancellationToken);
            var entity = await db.Set<Entity>().AsNoTracking().FirstAsync(e => e.Id == task.EntityId, cancellationToken);
            if (preview is null)
            {
                continue;
            }

            rows.Add(new TaskPreviewEntry(entity, preview));
        }

        return sort ? [.. rows.OrderBy(r => r.Entity.Name, StringComparer.OrdinalIgnoreCase)] : rows;
    }

    /// <summary>An entity's previews grouped by task type, each group newest revision first.</summary>
    public async Task<IReadOnlyList<TaskTypePreviews>> EntityPreviewsAsync(Actor actor, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entityId, cancellationToken) ?? throw new NotFoundException();
        await EntityScope.EnsureReadAsync(db, new ProjectAccess(db, actor), entity, cancellationToken);
        var rows = await db.Set<PreviewFile>().AsNoTracking()
            .Join(db.Set<ProductionTask>().Where(t => t.EntityId == entity.Id), p => p.TaskId, t => t.Id, (p, t) => new { Preview = p, t.TaskTypeId })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.TaskTypeId).Select(g => new TaskTypePreviews(g.Key, [.. g.OrderByDescending(r => r.Preview.Revision).ThenBy(r => r.Preview.Position).Select(r => r.Preview)]))];
    }

    /// <summary>
    /// Asks for the playlist's movie (project managers): a build job queued for the media pipeline. While one is
    /// running for the playlist, another request is refused with 409, as Zou does with its job queue.
    /// </summary>
    public async Task<BuildJob> RequestBuildAsync(Actor actor, Guid playlistId, bool full, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var playlist = await db.Set<Playlist>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == playlistId, cancellationToken) ?? throw new NotFoundException();
        await new ProjectAccess(db, actor).EnsureManagerAsync(playlist.ProjectId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Two requests at once: the second waits for the first's commit, then sees its running job.
            await db.Database.ExecuteSqlAsync($"SELECT id FROM playlist WHERE id = {playlist.Id} FOR UPDATE", cancellationToken);
        }

        if (await db.Set<BuildJob>().AnyAsync(j => j.PlaylistId == playlist.Id && j.Status == "running", cancellationToken))
        {
            throw new ConflictException("A build is already running for this playlist.");
        }

        var job = new BuildJob { Id = Guid.NewGuid(), PlaylistId = playlist.Id, Status = "running", JobType = "movie" };
        db.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        MediaQueue.EnqueuePlaylist(db, job.Id, full);
        var e = EventPublisher.Stage(db, "build-job:new", new EventData { ["build_job_id"] = job.Id.ToString(), ["playlist_id"] = playlist.Id.ToString() }, playlist.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e]);
        return job;
    }

    public async Task<BuildJob> JobAsync(Actor actor, Guid playlistId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await ReadableAsync(db, actor, playlistId, cancellationToken);
        return await db.Set<BuildJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.PlaylistId == playlistId, cancellationToken) ?? throw new NotFoundException();
    }

    public async Task DeleteJobAsync(Actor actor, Guid playlistId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var playlist = await ReadableAsync(db, actor, playlistId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(playlist.ProjectId, cancellationToken);
        var job = await db.Set<BuildJob>().FirstOrDefaultAsync(j => j.Id == jobId && j.PlaylistId == playlistId, cancellationToken) ?? throw new NotFoundException();
        await db.Set<MediaJob>().Where(m => m.BuildJobId == job.Id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(job);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        File.Delete(BuildPath(job.Id));
    }

    /// <summary>The built movie of a finished job.</summary>
    public async Task<(string Path, string Name)> JobFileAsync(Actor actor, Guid playlistId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var playlist = await ReadableAsync(db, actor, playlistId, cancellationToken);
        var job = await db.Set<BuildJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.PlaylistId == playlistId, cancellationToken) ?? throw new NotFoundException();
        var path = BuildPath(job.Id);
        return job.Status == "succeeded" && File.Exists(path) ? (path, $"{playlist.Name}.mp4".Replace(' ', '_')) : throw new NotFoundException();
    }

    /// <summary>
    /// The movies a build job concatenates, in the playlist's order (ready movie previews only), and the production's
    /// frame rate and size, which a re-encoded build is made at.
    /// </summary>
    public async Task<(MovieTarget Target, List<Guid> Previews)> BuildInputsAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var job = await db.Set<BuildJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken) ?? throw new NotFoundException();
        var playlist = await db.Set<Playlist>().AsNoTracking().FirstAsync(p => p.Id == job.PlaylistId, cancellationToken);
        var ids = PreviewIds(playlist);
        var ready = await db.Set<PreviewFile>().AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status == "ready" && p.Extension == "mp4").Select(p => p.Id).ToListAsync(cancellationToken);
        return (await MovieTarget.OfProjectAsync(db, playlist.ProjectId, cancellationToken), [.. ids.Where(ready.Contains)]);
    }

    /// <summary>Records a build's outcome and announces it.</summary>
    public async Task FinishBuildAsync(Guid jobId, bool succeeded, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var job = await db.Set<BuildJob>().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null)
        {
            return;
        }

        job.Status = succeeded ? "succeeded" : "failed";
        job.EndedAt = DateTime.UtcNow;
        var projectId = await db.Set<Playlist>().Where(p => p.Id == job.PlaylistId).Select(p => p.ProjectId).FirstOrDefaultAsync(cancellationToken);
        var e = EventPublisher.Stage(db, "build-job:update", new EventData
        {
            ["build_job_id"] = job.Id.ToString(), ["playlist_id"] = job.PlaylistId.ToString(), ["status"] = job.Status,
        }, projectId, null);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    public string BuildPath(Guid jobId) => Path.Combine(options.Value.FullDataDirectory, "playlists", $"{jobId:N}.mp4");

    private static async Task<Playlist> ReadableAsync(StudioDbContext db, Actor actor, Guid playlistId, CancellationToken cancellationToken)
    {
        var playlist = await db.Set<Playlist>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == playlistId, cancellationToken) ?? throw new NotFoundException();
        ProjectAccess.EnsureNotVendor(actor);
        await new ProjectAccess(db, actor).EnsureMemberAsync(playlist.ProjectId, cancellationToken);
        PlaylistVisibility.EnsureShownTo(actor, playlist);
        return playlist;
    }

    /// <summary>The previews the playlist's entries play, in its order.</summary>
    private static List<Guid> PreviewIds(Playlist playlist) =>
        [.. (playlist.Shots as JsonArray ?? []).OfType<JsonObject>().Select(s => Guid.TryParse(s["preview_file_id"]?.ToString(), out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
}
