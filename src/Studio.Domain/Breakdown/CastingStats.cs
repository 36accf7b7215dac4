using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// The casting statistics of tasks (<c>task.nb_assets_ready</c>), refreshed when a casting changes and when an
/// asset becomes ready for a task type (ZOU <c>refresh_shot_casting_stats</c>, <c>refresh_casting_stats</c>).
/// Reads the saved state: callers save pending changes first.
/// </summary>
public static class CastingStats
{
    /// <summary>
    /// ZOU: a task's <c>nb_assets_ready</c> counts the cast assets ready for it: shared from another production, or
    /// whose <c>ready_for</c> task type comes at or after the task's type in the production's order.
    /// </summary>
    public static async Task<List<ProductionTask>> RefreshEntityAsync(StudioDbContext db, Guid entityId, CancellationToken cancellationToken)
    {
        var tasks = await db.Set<ProductionTask>().Where(t => t.EntityId == entityId).ToListAsync(cancellationToken);
        if (tasks.Count == 0)
        {
            return tasks;
        }

        var projectId = tasks[0].ProjectId;
        var assets = await db.Set<Entity>().AsNoTracking().Where(a => db.Set<EntityLink>().Any(l => l.EntityInId == entityId && l.EntityOutId == a.Id))
            .Select(a => new { a.ProjectId, a.IsShared, a.ReadyFor }).ToListAsync(cancellationToken);
        var priorities = await db.Set<TaskType>().AsNoTracking()
            .Select(t => new { t.Id, Priority = db.Set<ProjectTaskTypeLink>().Where(l => l.ProjectId == projectId && l.TaskTypeId == t.Id).Select(l => l.Priority).FirstOrDefault() ?? t.Priority ?? 0 })
            .ToDictionaryAsync(t => t.Id, t => t.Priority, cancellationToken);
        foreach (var task in tasks)
        {
            var own = task.TaskTypeId is { } type ? priorities.GetValueOrDefault(type) : 0;
            task.NbAssetsReady = assets.Count(a => (a.IsShared && a.ProjectId != projectId)
                || (a.ReadyFor is { } ready && priorities.GetValueOrDefault(ready) >= own));
        }

        return tasks;
    }

    /// <summary>Refreshes the tasks of every entity <paramref name="assetId"/> is cast in; returns the tasks changed.</summary>
    public static async Task<List<ProductionTask>> RefreshForAssetAsync(StudioDbContext db, Guid assetId, CancellationToken cancellationToken)
    {
        var users = await db.Set<EntityLink>().AsNoTracking().Where(l => l.EntityOutId == assetId).Select(l => l.EntityInId).Distinct().ToListAsync(cancellationToken);
        var tasks = new List<ProductionTask>();
        foreach (var user in users)
        {
            tasks.AddRange(await RefreshEntityAsync(db, user, cancellationToken));
        }

        return tasks;
    }
}
