using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Access;

/// <summary>Zou's task-level permission primitives: task-act, supervisor-in-department, status-allowed, preview publishing.</summary>
public sealed class TaskAccess(StudioDbContext db, ProjectAccess access)
{
    private Actor Actor => access.Actor;

    public Task<bool> IsAssigneeAsync(Guid taskId, Guid personId, CancellationToken cancellationToken) =>
        db.Set<TaskPersonLink>().AnyAsync(l => l.TaskId == taskId && l.PersonId == personId, cancellationToken);

    /// <summary>A supervisor of the task's project with no department, or in the department of the task's type.</summary>
    public async Task<bool> IsSupervisorInDepartmentAsync(ProductionTask task, CancellationToken cancellationToken)
    {
        if (await access.EffectiveRoleAsync(task.ProjectId, cancellationToken) != Roles.Supervisor)
        {
            return false;
        }

        var mine = await db.Set<DepartmentLink>().Where(l => l.PersonId == Actor.PersonId).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        if (mine.Count == 0)
        {
            return true;
        }

        var department = await db.Set<TaskType>().Where(t => t.Id == task.TaskTypeId).Select(t => t.DepartmentId).FirstOrDefaultAsync(cancellationToken);
        return department is { } d && mine.Contains(d);
    }

    /// <summary>
    /// task-act: admin; a team member who is manager or client; an assignee; a supervisor with no department or in
    /// the task type's department; the creator of the task's entity.
    /// </summary>
    public async Task<bool> CanActAsync(ProductionTask task, CancellationToken cancellationToken)
    {
        var role = await access.EffectiveRoleAsync(task.ProjectId, cancellationToken);
        if (role is Roles.Admin or Roles.Manager or Roles.Client)
        {
            return true;
        }

        return await IsAssigneeAsync(task.Id, Actor.PersonId, cancellationToken)
            || await IsSupervisorInDepartmentAsync(task, cancellationToken)
            || await db.Set<Entity>().AnyAsync(e => e.Id == task.EntityId && e.CreatedBy == Actor.PersonId, cancellationToken);
    }

    public async Task EnsureCanActAsync(ProductionTask task, CancellationToken cancellationToken)
    {
        if (!await CanActAsync(task, cancellationToken))
        {
            throw new PermissionDeniedException();
        }
    }

    /// <summary>
    /// status-allowed: an artist (project role user) may only move a task into artist-allowed statuses, a client only
    /// into client-allowed ones; <paramref name="currentStatusId"/>, the status the task keeps, is always allowed.
    /// </summary>
    public async Task EnsureStatusAllowedAsync(Guid? projectId, Guid statusId, Guid? currentStatusId, CancellationToken cancellationToken)
    {
        var status = await db.Set<ProductionTaskStatus>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == statusId, cancellationToken)
            ?? throw new WrongParameterException("Task status not found.");
        if (!ProjectPermissions.IsStatusAllowed(await access.EffectiveRoleAsync(projectId, cancellationToken), status, currentStatusId))
        {
            throw new PermissionDeniedException();
        }
    }

    /// <summary>Publishing a preview on a task: task-act, and never a client (clients review work, they do not publish it).</summary>
    public async Task EnsureCanPublishPreviewAsync(ProductionTask task, CancellationToken cancellationToken)
    {
        if (!new ProjectPermissions(await access.EffectiveRoleAsync(task.ProjectId, cancellationToken)).CanPublishPreviews)
        {
            throw new PermissionDeniedException();
        }

        await EnsureCanActAsync(task, cancellationToken);
    }
}
