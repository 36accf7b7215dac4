using Microsoft.EntityFrameworkCore;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Timesheets;

/// <summary>
/// ZOU: a task's <c>duration</c> is the sum of its time spents (minutes), recomputed after every time-spent write.
/// </summary>
public static class TaskDurations
{
    /// <summary>
    /// Sets the duration of <paramref name="taskId"/> from the stored time spents, counting <paramref name="changed"/>
    /// with its pending value (or not at all when <paramref name="removed"/>). The task is tracked, so the caller's
    /// SaveChanges writes it with the time spent. Returns the task, or null when there is none.
    /// </summary>
    public static async Task<ProductionTask?> RecomputeAsync(StudioDbContext db, Guid? taskId, TimeSpent changed, bool removed, CancellationToken cancellationToken)
    {
        if (taskId is null)
        {
            return null;
        }

        var task = await db.Set<ProductionTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var others = await db.Set<TimeSpent>().Where(t => t.TaskId == taskId && t.Id != changed.Id).Select(t => t.Duration).ToListAsync(cancellationToken);
        task.Duration = others.Sum() + (removed || changed.TaskId != taskId ? 0 : changed.Duration);
        return task;
    }

    /// <summary>The <c>task:update</c> event data of a recomputed task.</summary>
    public static EventData EventPayload(ProductionTask task) => new() { ["task_id"] = task.Id.ToString() };
}
