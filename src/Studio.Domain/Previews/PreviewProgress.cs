using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Previews;

/// <summary>
/// How far the media pipeline is with a preview: the job's percent and stage (lowdef, highdef, pictures, tiles), and
/// whether the low-definition movie is already in place (recorded on the preview's <see cref="PreviewPipeline"/> row).
/// </summary>
public sealed record PreviewProgress(Guid PreviewFileId, int Percent, string? Stage, string State, bool LowDefinitionStored = false)
{
    /// <summary>A reviewer can already play the low-definition movie: it is stored, or the pipeline has moved past it.</summary>
    public bool LowDefinitionReady => LowDefinitionStored || Stage is "highdef" or "pictures" or "tiles";

    /// <summary>
    /// Progress heard later, which may come from a source that lags (the job row is written every few seconds, events
    /// at once): the further of the two, never taking back a low-definition movie that exists.
    /// </summary>
    public PreviewProgress Then(PreviewProgress next) =>
        (next.Percent >= Percent ? next : this) with { LowDefinitionStored = LowDefinitionReady || next.LowDefinitionReady };
}

/// <summary>Reads the pipeline's progress of a task's previews for someone who may read the task.</summary>
public sealed class PreviewProgressService(IDbContextFactory<StudioDbContext> factory)
{
    public async Task<IReadOnlyDictionary<Guid, PreviewProgress>> OfTaskAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var ids = await db.Set<PreviewFile>().Where(p => p.TaskId == taskId && p.Status == "processing").Select(p => p.Id).ToListAsync(cancellationToken);
        var lowDef = (await db.Set<PreviewPipeline>().Where(r => ids.Contains(r.PreviewFileId) && r.LowDefinitionReady).Select(r => r.PreviewFileId).ToListAsync(cancellationToken)).ToHashSet();
        var jobs = await db.Set<MediaJob>().AsNoTracking()
            .Where(j => j.PreviewFileId != null && ids.Contains(j.PreviewFileId.Value))
            .Select(j => new { j.PreviewFileId, j.Progress, j.Stage, j.State, j.CreatedAt })
            .ToListAsync(cancellationToken);
        return jobs.GroupBy(j => j.PreviewFileId!.Value)
            .Select(g => g.OrderByDescending(j => j.CreatedAt).First())
            .ToDictionary(j => j.PreviewFileId!.Value, j => new PreviewProgress(j.PreviewFileId!.Value, j.Progress, j.Stage, j.State, lowDef.Contains(j.PreviewFileId!.Value)));
    }

    /// <summary>Why the task's broken previews are broken, in the pipeline's words.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> BrokenReasonsAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var broken = await db.Set<PreviewFile>().Where(p => p.TaskId == taskId && p.Status == "broken")
            .Select(p => new { p.Id, Reason = db.Set<PreviewPipeline>().Where(r => r.PreviewFileId == p.Id).Select(r => r.BrokenReason).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return broken.ToDictionary(p => p.Id, p => p.Reason ?? "the file could not be read");
    }
}
