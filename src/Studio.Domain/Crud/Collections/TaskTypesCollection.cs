using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Planning;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/task-types</c>: a new or renamed task type takes a name no other task type has.</summary>
public sealed class TaskTypesCollection() : ReferenceCollection<TaskType>("task-types")
{
    public override Task BeforeCreateAsync(CrudContext context, TaskType row, CrudChanges<TaskType> changes, CancellationToken cancellationToken) => EnsureUniqueAsync(context, row, cancellationToken);

    public override Task BeforeUpdateAsync(CrudContext context, TaskType row, CrudChanges<TaskType> changes, CancellationToken cancellationToken) =>
        changes.Contains("name") ? EnsureUniqueAsync(context, row, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// ZOU: a task type used by a production (its settings or its schedule) is refused unless <paramref name="force"/>
    /// unlinks it first; tasks of that type still refuse the removal.
    /// </summary>
    public override async Task DeleteAsync(CrudContext context, TaskType row, bool force, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var id = row.Id;
        var used = await db.Set<ProjectTaskTypeLink>().AnyAsync(l => l.TaskTypeId == id, cancellationToken)
            || await db.Set<ScheduleItem>().AnyAsync(s => s.TaskTypeId == id, cancellationToken);
        if (used && !force)
        {
            throw new WrongParameterException("This task type is used in a production: delete it with force=true.");
        }

        await db.Set<ProjectTaskTypeLink>().Where(l => l.TaskTypeId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ProjectTemplateTaskTypeLink>().Where(l => l.TaskTypeId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ScheduleItem>().Where(s => s.TaskTypeId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<TaskTypeAssetTypeLink>().Where(l => l.TaskTypeId == id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(row);
    }

    /// <summary>
    /// ZOU: the CRUD routes look the name up alone (whatever the entity kind or department), and exactly: Zou
    /// makes only entity types case-insensitive. The seeded twins (two "Concept") predate the rule and stay.
    /// </summary>
    private static async Task EnsureUniqueAsync(CrudContext context, TaskType row, CancellationToken cancellationToken)
    {
        var taken = await context.Db.Set<TaskType>().AnyAsync(t => t.Id != row.Id && t.Name == row.Name, cancellationToken);
        if (taken)
        {
            throw new WrongParameterException("A task type with similar name already exists");
        }
    }
}
