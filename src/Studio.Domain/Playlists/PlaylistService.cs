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
    private static readonly string[] PreviewKeys = ["id", "revision", "extension", "width", "height", "duration", "status", "task_id", "created_at"];

    /// <summary>
    /// <c>GET /data/projects/&lt;p&gt;/playlists/&lt;id&gt;</c>: the playlist with its build jobs (newest first) and each entry
    /// with its preview's extension, revision, size, duration, status and task, and the other previews of that task.
    /// </summary>
    public async Task<JsonObject> GetAsync(Actor actor, Guid projectId, Guid playlistId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var playlist = await ReadableAsync(db, actor, playlistId, cancellationToken);
        if (playlist.ProjectId != projectId)
        {
            throw new NotFoundException();
        }

        var json = ZouSerializer.Serialize(playlist);
        var jobs = await db.Set<BuildJob>().AsNoTracking().Where(j => j.PlaylistId == playlist.Id).OrderByDescending(j => j.CreatedAt).ToListAsync(cancellationToken);
        json["build_jobs"] = new JsonArray([.. jobs.Select(j => (JsonNode?)new JsonObject
        {
            ["id"] = j.Id.ToString(), ["status"] = j.Status, ["created_at"] = ZouSerializer.FormatDateTime(j.CreatedAt),
        })]);
        var entries = (playlist.Shots as JsonArray ?? []).OfType<JsonObject>().ToList();
        var previewIds = entries.Select(e => Guid.TryParse(e["preview_file_id"]?.ToString(), out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var previews = await db.Set<PreviewFile>().AsNoTracking().Where(p => previewIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var taskIds = previews.Values.Select(p => p.TaskId).OfType<Guid>().Distinct().ToList();
        var siblings = (await db.Set<PreviewFile>().AsNoTracking().Where(p => p.TaskId != null && taskIds.Contains(p.TaskId.Value)).OrderByDescending(p => p.Revision).ThenBy(p => p.Position).ToListAsync(cancellationToken))
            .ToLookup(p => p.TaskId);
        var shots = new JsonArray();
        foreach (var entry in entries)
        {
            var item = (JsonObject)entry.DeepClone();
            if (Guid.TryParse(entry["preview_file_id"]?.ToString(), out var id) && previews.TryGetValue(id, out var preview))
            {
                item["preview_file_extension"] = preview.Extension;
                item["preview_file_revision"] = preview.Revision;
                item["preview_file_width"] = preview.Width;
                item["preview_file_height"] = preview.Height;
                item["preview_file_duration"] = ZouSerializer.ToJson(preview.Duration);
                item["preview_file_status"] = preview.Status;
                item["preview_file_task_id"] = preview.TaskId?.ToString();
                item["preview_file_previews"] = new JsonArray([.. siblings[preview.TaskId].Where(p => p.Revision == preview.Revision && p.Id != preview.Id).Select(p => (JsonNode?)Light(p))]);
            }

            shots.Add(item);
        }

        json["shots"] = shots;
        return json;
    }

    /// <summary><c>POST /data/projects/&lt;p&gt;/playlists/temp</c>: entries made from the latest preview of each task.</summary>
    public async Task<JsonArray> TempAsync(Actor actor, Guid projectId, IReadOnlyList<Guid> taskIds, bool sort, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var rows = new List<(string Name, JsonObject Entry)>();
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

            rows.Add((entity.Name, new JsonObject
            {
                ["id"] = entity.Id.ToString(),
                ["entity_id"] = entity.Id.ToString(),
                ["name"] = entity.Name,
                ["preview_file_id"] = preview.Id.ToString(),
                ["preview_file_extension"] = preview.Extension,
                ["preview_file_revision"] = preview.Revision,
                ["preview_file_width"] = preview.Width,
                ["preview_file_height"] = preview.Height,
                ["preview_file_duration"] = ZouSerializer.ToJson(preview.Duration),
                ["preview_file_status"] = preview.Status,
                ["preview_file_task_id"] = task.Id.ToString(),
            }));
        }

        var ordered = sort ? rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList() : rows;
        return [.. ordered.Select(r => (JsonNode?)r.Entry)];
    }

    /// <summary><c>GET /data/playlists/entities/&lt;id&gt;/preview-files</c>: an entity's previews by task type, newest first.</summary>
    public async Task<JsonObject> EntityPreviewsAsync(Actor actor, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entityId, cancellationToken) ?? throw new NotFoundException();
        await EntityScope.EnsureReadAsync(db, new ProjectAccess(db, actor), entity, cancellationToken);
        var rows = await db.Set<PreviewFile>().AsNoTracking()
            .Join(db.Set<ProductionTask>().Where(t => t.EntityId == entity.Id), p => p.TaskId, t => t.Id, (p, t) => new { Preview = p, t.TaskTypeId })
            .ToListAsync(cancellationToken);
        var result = new JsonObject();
        foreach (var group in rows.GroupBy(r => r.TaskTypeId))
        {
            result[group.Key?.ToString() ?? "none"] = new JsonArray([.. group.OrderByDescending(r => r.Preview.Revision).ThenBy(r => r.Preview.Position).Select(r => (JsonNode?)Light(r.Preview))]);
        }

        return result;
    }

    /// <summary>
    /// Asks for the playlist's movie (project managers): a build job queued for the media pipeline. While one is
    /// running for the playlist, another request is refused with 409, as Zou does with its job queue.
    /// </summary>
    public async Task<JsonObject> RequestBuildAsync(Actor actor, Guid playlistId, bool full, CancellationToken cancellationToken)
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
        return ZouSerializer.Serialize(job);
    }

    public async Task<JsonObject> JobAsync(Actor actor, Guid playlistId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await ReadableAsync(db, actor, playlistId, cancellationToken);
        var job = await db.Set<BuildJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.PlaylistId == playlistId, cancellationToken) ?? throw new NotFoundException();
        return ZouSerializer.Serialize(job);
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
        var ids = (playlist.Shots as JsonArray ?? []).OfType<JsonObject>()
            .Select(s => Guid.TryParse(s["preview_file_id"]?.ToString(), out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
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

    private static JsonObject Light(PreviewFile preview)
    {
        var serialized = ZouSerializer.Serialize(preview);
        var json = new JsonObject();
        foreach (var key in PreviewKeys)
        {
            json[key] = serialized[key]?.DeepClone();
        }

        return json;
    }
}
