using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Previews;

/// <summary>How far the media pipeline is with a preview: the job's percent and stage (lowdef, highdef, pictures, tiles).</summary>
public sealed record PreviewProgress(Guid PreviewFileId, int Percent, string? Stage, string State)
{
    /// <summary>The low-definition movie exists once the pipeline has moved past it: a reviewer can already play it.</summary>
    public bool LowDefinitionReady => Stage is "highdef" or "pictures" or "tiles";
}

/// <summary>Reads the pipeline's progress of a task's previews for someone who may read the task.</summary>
public sealed class PreviewProgressService(IDbContextFactory<StudioDbContext> factory)
{
    public async Task<IReadOnlyDictionary<Guid, PreviewProgress>> OfTaskAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var jobs = await db.Set<MediaJob>().AsNoTracking()
            .Where(j => j.PreviewFileId != null && db.Set<PreviewFile>().Any(p => p.Id == j.PreviewFileId && p.TaskId == taskId && p.Status == "processing"))
            .Select(j => new { j.PreviewFileId, j.Progress, j.Stage, j.State, j.CreatedAt })
            .ToListAsync(cancellationToken);
        return jobs.GroupBy(j => j.PreviewFileId!.Value)
            .Select(g => g.OrderByDescending(j => j.CreatedAt).First())
            .ToDictionary(j => j.PreviewFileId!.Value, j => new PreviewProgress(j.PreviewFileId!.Value, j.Progress, j.Stage, j.State));
    }

    /// <summary>Why the task's broken previews are broken, in the pipeline's words.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> BrokenReasonsAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var broken = await db.Set<PreviewFile>().AsNoTracking().Where(p => p.TaskId == taskId && p.Status == "broken").ToListAsync(cancellationToken);
        return broken.ToDictionary(p => p.Id, p => p.Data?["error"]?.ToString() ?? "the file could not be read");
    }
}
