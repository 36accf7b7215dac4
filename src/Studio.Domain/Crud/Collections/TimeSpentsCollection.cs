using Microsoft.EntityFrameworkCore;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Tasks;
using Studio.Domain.Timesheets;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/time-spents</c>: admin only, except that the person who logged the time on a task they are assigned
/// to, or a manager of its project, may delete it (timespent-write). Every write recomputes the task's
/// <c>duration</c> and emits <c>task:update</c>.
/// </summary>
public sealed class TimeSpentsCollection() : RuleCollection<TimeSpent>("time-spents")
{
    public override async Task CheckDeleteAsync(CrudContext context, TimeSpent row, CancellationToken cancellationToken)
    {
        if (context.Actor.IsAdmin)
        {
            return;
        }

        var db = context.Db;
        var assigned = await db.Set<TaskPersonLink>().AnyAsync(l => l.TaskId == row.TaskId && l.PersonId == row.PersonId, cancellationToken);
        var projectId = await db.Set<ProductionTask>().Where(t => t.Id == row.TaskId).Select(t => t.ProjectId).FirstOrDefaultAsync(cancellationToken);
        var allowed = assigned && (row.PersonId == context.Actor.PersonId
            || await context.Access.EffectiveRoleAsync(projectId, cancellationToken) is Roles.Manager && await context.Access.IsMemberAsync(projectId, cancellationToken));
        if (!allowed)
        {
            throw new PermissionDeniedException();
        }
    }

    public override Task BeforeCreateAsync(CrudContext context, TimeSpent row, JsonObject data, CancellationToken cancellationToken) =>
        RecomputeAsync(context, row, row.TaskId, removed: false, cancellationToken);

    public override async Task BeforeUpdateAsync(CrudContext context, TimeSpent row, JsonObject data, CancellationToken cancellationToken)
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
            context.Stage("task:update", TaskDurations.EventData(task), task.ProjectId);
        }
    }
}
