using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Domain.Media;

/// <summary>
/// The durable queue of <see cref="MediaJob"/> rows. A worker claims the oldest job that is queued (and past its retry
/// delay, kept in <c>lease_until</c> while queued), or running with an expired lease (its worker died), in one atomic
/// statement: on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c> so several processes share the queue, on SQLite under
/// its single-writer lock. A job is never claimed once its attempts reached the cap.
/// </summary>
public sealed class MediaQueue(IDbContextFactory<StudioDbContext> factory, TimeProvider time)
{
    /// <summary>Adds a job with no data to <paramref name="db"/>; it is queued when the caller's transaction commits.</summary>
    public static MediaJob Enqueue(StudioDbContext db, string kind, Guid? previewFileId, Guid? buildJobId) => Add(db, kind, previewFileId, buildJobId, null);

    /// <summary>
    /// Queues the processing of an uploaded preview: the extension of its source, its kind (<c>picture</c> or
    /// <c>movie</c>) and, for a movie, whether it is normalized (null for a picture). The worker reads them from the
    /// job's data.
    /// </summary>
    public static MediaJob EnqueuePreview(StudioDbContext db, Guid previewFileId, string sourceExtension, string kind, bool? normalize)
    {
        var data = new JsonObject { ["source_extension"] = sourceExtension, ["kind"] = kind };
        if (normalize is { } value)
        {
            data["normalize"] = value;
        }

        return Add(db, "preview", previewFileId, null, data);
    }

    /// <summary>Queues the build of a playlist's movie; <paramref name="full"/> re-encodes every clip rather than joining them as they are.</summary>
    public static MediaJob EnqueuePlaylist(StudioDbContext db, Guid buildJobId, bool full) => Add(db, "playlist", null, buildJobId, new JsonObject { ["full"] = full });

    private static MediaJob Add(StudioDbContext db, string kind, Guid? previewFileId, Guid? buildJobId, JsonObject? data)
    {
        var job = new MediaJob { Id = Guid.NewGuid(), Kind = kind, PreviewFileId = previewFileId, BuildJobId = buildJobId, Data = data };
        db.Add(job);
        return job;
    }

    /// <summary>
    /// Claims a job for <paramref name="owner"/> until now + <paramref name="lease"/>; null when none is waiting. Jobs
    /// that already had <paramref name="maxAttempts"/> attempts are left to <see cref="FailExhaustedAsync"/>.
    /// </summary>
    public async Task<MediaJob?> ClaimAsync(string owner, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + lease;
        var sql = db.Database.IsNpgsql()
            ? """
              UPDATE media_job SET state = 'running', lease_owner = {0}, lease_until = {1}, attempts = attempts + 1, updated_at = {2}
              WHERE id = (SELECT id FROM media_job
                          WHERE attempts < {3} AND ((state = 'queued' AND (lease_until IS NULL OR lease_until <= {2})) OR (state = 'running' AND lease_until < {2}))
                          ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
              RETURNING id AS "Value"
              """
            : """
              UPDATE media_job SET state = 'running', lease_owner = {0}, lease_until = {1}, attempts = attempts + 1, updated_at = {2}
              WHERE id = (SELECT id FROM media_job
                          WHERE attempts < {3} AND ((state = 'queued' AND (lease_until IS NULL OR lease_until <= {2})) OR (state = 'running' AND lease_until < {2}))
                          ORDER BY created_at LIMIT 1)
              RETURNING id AS "Value"
              """;
        var ids = await db.Database.SqlQueryRaw<Guid>(sql, owner, until, now, maxAttempts).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        var id = ids[0];
        return await db.Set<MediaJob>().AsNoTracking().FirstAsync(j => j.Id == id, cancellationToken);
    }

    /// <summary>
    /// Fails the jobs whose last allowed attempt lost its worker (its lease expired with the attempts at the cap): a job
    /// that kills the process running it must not be retried forever. Returns them for their previews and builds.
    /// </summary>
    public async Task<IReadOnlyList<MediaJob>> FailExhaustedAsync(int maxAttempts, string reason, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var ids = await db.Database.SqlQueryRaw<Guid>("""
            UPDATE media_job SET state = 'failed', error = {0}, lease_until = NULL, lease_owner = NULL, updated_at = {1}
            WHERE attempts >= {2} AND ((state = 'running' AND lease_until < {1}) OR state = 'queued')
            RETURNING id AS "Value"
            """, reason, now, maxAttempts).ToListAsync(cancellationToken);
        return ids.Count == 0 ? [] : await db.Set<MediaJob>().AsNoTracking().Where(j => ids.Contains(j.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>Extends the lease and records progress; false when the job is no longer this worker's.</summary>
    public async Task<bool> HeartbeatAsync(Guid jobId, string owner, TimeSpan lease, int progress, string? stage, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Set<MediaJob>().Where(j => j.Id == jobId && j.LeaseOwner == owner && j.State == MediaJob.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, now + lease).SetProperty(j => j.Progress, progress).SetProperty(j => j.Stage, stage).SetProperty(j => j.UpdatedAt, now), cancellationToken);
        return rows == 1;
    }

    public async Task FinishAsync(Guid jobId, string owner, string state, string? error, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<MediaJob>().Where(j => j.Id == jobId && j.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, state).SetProperty(j => j.Error, error).SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.Progress, state == MediaJob.Done ? 100 : 0).SetProperty(j => j.UpdatedAt, now), cancellationToken);
    }

    /// <summary>Puts a failed attempt back in the queue, its lease released, to be claimed again after <paramref name="delay"/>.</summary>
    public async Task RequeueAsync(Guid jobId, string owner, string error, TimeSpan delay, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<MediaJob>().Where(j => j.Id == jobId && j.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, MediaJob.Queued).SetProperty(j => j.Error, error).SetProperty(j => j.LeaseUntil, now + delay)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.UpdatedAt, now), cancellationToken);
    }
}
