using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Timesheets;

/// <summary>Who may log, change or remove the time a person spent on a task.</summary>
public static class TimeSpentAccess
{
    /// <summary>
    /// The person must be assigned to the task, and the caller must be that person, an administrator, a manager of the
    /// task's production (one of its team), or a supervisor of that production in the department of the task's type
    /// (or with no department). ZOU: supervisors may not log for others there; studios have their leads fill in missing
    /// hours, so Studio lets the department's supervisor do it.
    /// </summary>
    public static async Task EnsureMayWriteAsync(StudioDbContext db, Actor actor, Guid? taskId, Guid? projectId, Guid? personId, CancellationToken cancellationToken)
    {
        var access = new ProjectAccess(db, actor);
        var allowed = await db.Set<TaskPersonLink>().AnyAsync(l => l.TaskId == taskId && l.PersonId == personId, cancellationToken)
            && (personId == actor.PersonId || actor.IsAdmin
                || await access.EffectiveRoleAsync(projectId, cancellationToken) is Roles.Manager && await access.IsMemberAsync(projectId, cancellationToken)
                || await db.Set<ProductionTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) is { } task
                    && await new TaskAccess(db, access).IsSupervisorInDepartmentAsync(task, cancellationToken));
        if (!allowed)
        {
            throw new PermissionDeniedException();
        }
    }
}
