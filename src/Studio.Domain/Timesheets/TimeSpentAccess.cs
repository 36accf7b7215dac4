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
    /// ZOU: the person must be assigned to the task, and the caller must be that person, an administrator, or a manager
    /// of the task's production (one of its team).
    /// </summary>
    public static async Task EnsureMayWriteAsync(StudioDbContext db, Actor actor, Guid? taskId, Guid? projectId, Guid? personId, CancellationToken cancellationToken)
    {
        var access = new ProjectAccess(db, actor);
        var allowed = await db.Set<TaskPersonLink>().AnyAsync(l => l.TaskId == taskId && l.PersonId == personId, cancellationToken)
            && (personId == actor.PersonId || actor.IsAdmin
                || await access.EffectiveRoleAsync(projectId, cancellationToken) is Roles.Manager && await access.IsMemberAsync(projectId, cancellationToken));
        if (!allowed)
        {
            throw new PermissionDeniedException();
        }
    }
}
