using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Persons;
using Studio.Domain.Planning;
using Studio.Domain.Settings;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/schedule-items</c>: the admin lists, creates and deletes; a project manager updates, and so does a supervisor
/// of the project with no department or in the department of the item's task type. One item per (project, task
/// type, object).
/// </summary>
public sealed class ScheduleItemsCollection : RuleCollection<ScheduleItem>
{
    public ScheduleItemsCollection()
        : base("schedule-items")
    {
        Projects = ProjectRowsOf.ByColumn<ScheduleItem>(s => s.ProjectId);
    }

    public override async Task CheckUpdateAsync(CrudContext context, ScheduleItem row, CrudChanges<ScheduleItem> changes, CancellationToken cancellationToken)
    {
        var role = await context.Access.EffectiveRoleAsync(row.ProjectId, cancellationToken);
        var allowed = role is Roles.Admin or Roles.Manager
            || (role == Roles.Supervisor && await InTaskTypeDepartmentAsync(context, row.TaskTypeId, cancellationToken));
        if (!allowed)
        {
            throw new PermissionDeniedException();
        }
    }

    public override async Task BeforeCreateAsync(CrudContext context, ScheduleItem row, CrudChanges<ScheduleItem> changes, CancellationToken cancellationToken)
    {
        var exists = await context.Db.Set<ScheduleItem>().AnyAsync(s => s.ProjectId == row.ProjectId && s.TaskTypeId == row.TaskTypeId && s.ObjectId == row.ObjectId, cancellationToken);
        if (exists)
        {
            throw new WrongParameterException("A similar schedule item already exists");
        }
    }

    private static async Task<bool> InTaskTypeDepartmentAsync(CrudContext context, Guid? taskTypeId, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var mine = await db.Set<DepartmentLink>().Where(l => l.PersonId == context.Actor.PersonId).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        return mine.Count == 0 || await db.Set<TaskType>().AnyAsync(t => t.Id == taskTypeId && t.DepartmentId != null && mine.Contains(t.DepartmentId.Value), cancellationToken);
    }
}
