using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;
using Studio.Domain.Timesheets;

namespace Studio.Domain.Tasks;

/// <summary>
/// ZOU: <c>reset_task_data</c>. Replays a task's comments in date order to recompute its status,
/// retake count, real start, end and done dates, last comment date and duration.
/// </summary>
public static class TaskHistory
{
    /// <summary>Recomputes the tracked task from the comments saved or pending in <paramref name="db"/>;
    /// returns the status it had before, so the caller can announce a change.</summary>
    public static async Task<Guid?> ResetAsync(StudioDbContext db, ProductionTask task, CancellationToken cancellationToken)
    {
        var previous = task.TaskStatusId;
        var comments = await db.Set<Comment>().Where(c => c.ObjectId == task.Id).ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<Comment>().Where(e => e.Entity.ObjectId == task.Id).ToList();
        var history = comments
            .Where(c => pending.All(p => p.Entity.Id != c.Id))
            .Concat(pending.Where(p => p.State != EntityState.Deleted).Select(p => p.Entity))
            .OrderBy(c => c.CreatedAt)
            .ToList();
        var statusIds = history.Select(c => c.TaskStatusId).OfType<Guid>().Distinct().ToList();
        var statuses = await db.Set<ProductionTaskStatus>().AsNoTracking().Where(s => statusIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);

        var retakes = 0;
        var inRetake = false;
        DateTime? realStart = null, end = null, done = null;
        foreach (var comment in history)
        {
            if (comment.TaskStatusId is not { } id || !statuses.TryGetValue(id, out var status))
            {
                continue;
            }

            if (status.IsRetake && !inRetake)
            {
                retakes++;
            }

            inRetake = status.IsRetake;
            realStart ??= status.IsWip ? comment.CreatedAt : null;
            end ??= status.IsFeedbackRequest ? comment.CreatedAt : null;
            done = status.IsDone ? comment.CreatedAt : done;
        }

        var last = history.LastOrDefault(c => c.TaskStatusId is not null);
        if (last is not null)
        {
            task.TaskStatusId = last.TaskStatusId;
        }
        else
        {
            var concept = await EntityKinds.IsConceptAsync(db, task.EntityId, cancellationToken);
            task.TaskStatusId = (await new TaskStatuses(db).DefaultAsync(concept, cancellationToken)).Id;
        }

        task.RetakeCount = retakes;
        task.RealStartDate = realStart;
        task.EndDate = end;
        task.DoneDate = done;
        task.LastCommentDate = history.LastOrDefault()?.CreatedAt;
        task.Duration = await db.Set<TimeSpent>().Where(t => t.TaskId == task.Id).SumAsync(t => t.Duration, cancellationToken);
        return previous;
    }
}
