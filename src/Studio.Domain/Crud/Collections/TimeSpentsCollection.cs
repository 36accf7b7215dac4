using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Tasks;
using Studio.Domain.Timesheets;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/time-spents</c>: admin only, except that the person who logged the time on a task they are assigned
/// to, or a manager of its project, may delete it (timespent-write). Every write recomputes the task's
/// <c>duration</c> and emits <c>task:update</c>.
/// </summary>
public sealed class TimeSpentsCollection : RuleCollection<TimeSpent>
{
    public TimeSpentsCollection()
        : base("time-spents") => Projects = ProjectRowsOf.ByTask<TimeSpent>(t => t.TaskId, t => t.TaskId);

    /// <summary>
    /// ZOU: <c>start_date</c> and <c>end_date</c> (not columns) keep the rows whose date is in the range, both days
    /// included; one without the other is a 400.
    /// </summary>
    public override bool TryApplySpecialFilter(CrudContext context, ref IQueryable<TimeSpent> query, string key, string value, IReadOnlyDictionary<string, string> all)
    {
        if (key is not ("start_date" or "end_date"))
        {
            return false;
        }

        if (!all.TryGetValue("start_date", out var startText) || !all.TryGetValue("end_date", out var endText)
            || string.IsNullOrEmpty(startText) || string.IsNullOrEmpty(endText))
        {
            throw new RuleViolationException("If querying for a range of dates, both a `start_date` and an `end_date` must be given.");
        }

        if (key == "start_date")
        {
            var start = (DateOnly)CrudValues.ParseDate(typeof(DateOnly), "start_date", startText);
            var end = (DateOnly)CrudValues.ParseDate(typeof(DateOnly), "end_date", endText);
            query = query.Where(t => t.Date >= start && t.Date <= end);
        }

        return true;
    }

    public override async Task CheckDeleteAsync(CrudContext context, TimeSpent row, CancellationToken cancellationToken)
    {
        if (context.Actor.IsAdmin)
        {
            return;
        }

        var projectId = await context.Db.Set<ProductionTask>().Where(t => t.Id == row.TaskId).Select(t => t.ProjectId).FirstOrDefaultAsync(cancellationToken);
        await TimeSpentAccess.EnsureMayWriteAsync(context.Db, context.Actor, row.TaskId, projectId, row.PersonId, cancellationToken);
        await TimesheetLock.EnsureOpenAsync(context.Db, context.Actor, row.Date, TimesheetLock.Today(context.Time), cancellationToken);
    }

    public override Task BeforeCreateAsync(CrudContext context, TimeSpent row, CrudChanges<TimeSpent> changes, CancellationToken cancellationToken) =>
        RecomputeAsync(context, row, row.TaskId, removed: false, cancellationToken);

    public override async Task BeforeUpdateAsync(CrudContext context, TimeSpent row, CrudChanges<TimeSpent> changes, CancellationToken cancellationToken)
    {
        var before = context.Db.Entry(row).Property(t => t.TaskId).OriginalValue;
        await RecomputeAsync(context, row, row.TaskId, removed: false, cancellationToken);
        if (before != row.TaskId)
        {
            await RecomputeAsync(context, row, before, removed: false, cancellationToken);
        }
    }

    public override async Task DeleteAsync(CrudContext context, TimeSpent row, bool force, CancellationToken cancellationToken)
    {
        await base.DeleteAsync(context, row, force, cancellationToken);
        await RecomputeAsync(context, row, row.TaskId, removed: true, cancellationToken);
    }

    private static async Task RecomputeAsync(CrudContext context, TimeSpent row, Guid? taskId, bool removed, CancellationToken cancellationToken)
    {
        if (await TaskDurations.RecomputeAsync(context.Db, taskId, row, removed, cancellationToken) is { } task)
        {
            context.Stage("task:update", TaskDurations.EventPayload(task), task.ProjectId);
        }
    }
}
