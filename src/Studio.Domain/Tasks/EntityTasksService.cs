using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// The tasks and task types of one entity (<c>/data/&lt;kind&gt;s/&lt;id&gt;/tasks|task-types</c>) and the tasks of a
/// sequence's or an episode's shots (<c>shot-tasks</c>), as Zou's tasks service lists them.
/// </summary>
public sealed class EntityTasksService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>
    /// The entity's own tasks (a sequence's or an episode's too: their shots' tasks are <c>shot-tasks</c>), detailed
    /// with their assignees; a vendor sees the ones assigned to them.
    /// </summary>
    public async Task<IReadOnlyList<DetailedTask>> EntityTasksAsync(Actor actor, string kind, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await BreakdownQueries.ReadableAsync(db, actor, kind, entityId, cancellationToken);
        var tasks = Visible(db, actor, db.Set<ProductionTask>().Where(t => t.EntityId == entity.Id));
        return await DetailedTasksAsync(db, tasks, relations: true, cancellationToken);
    }

    /// <summary><c>shot-tasks</c>: the tasks of a sequence's shots, or of the shots of an episode's sequences.</summary>
    public async Task<IReadOnlyList<DetailedTask>> ShotTasksAsync(Actor actor, string kind, Guid entityId, bool relations, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await BreakdownQueries.ReadableAsync(db, actor, kind, entityId, cancellationToken);
        return await DetailedTasksAsync(db, Visible(db, actor, ShotTasks(db, kind, entity.Id)), relations, cancellationToken);
    }

    /// <summary>The task types the entity's tasks use.</summary>
    public async Task<IReadOnlyList<TaskType>> EntityTaskTypesAsync(Actor actor, string kind, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await BreakdownQueries.ReadableAsync(db, actor, kind, entityId, cancellationToken);

        // ZOU: a sequence's and an episode's task types are those of their shots' tasks, not of their own tasks.
        var tasks = kind is "Sequence" or "Episode" ? ShotTasks(db, kind, entity.Id) : db.Set<ProductionTask>().Where(t => t.EntityId == entity.Id);
        tasks = Visible(db, actor, tasks);
        return await db.Set<TaskType>().AsNoTracking().Where(t => tasks.Any(x => x.TaskTypeId == t.Id))
            .OrderBy(t => t.Priority).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Tasks as Zou details them: with their assignees when <paramref name="relations"/>, and the names of their
    /// production, type, status, entity type and entity; sorted by task name, then those names.
    /// </summary>
    public static async Task<IReadOnlyList<DetailedTask>> DetailedTasksAsync(StudioDbContext db, IQueryable<ProductionTask> tasks, bool relations, CancellationToken cancellationToken)
    {
        var rows = await tasks.AsNoTracking()
            .Join(db.Set<Entity>(), t => t.EntityId, e => e.Id, (t, e) => new
            {
                Task = t,
                EntityName = e.Name,
                EntityTypeName = db.Set<EntityType>().Where(x => x.Id == e.EntityTypeId).Select(x => x.Name).FirstOrDefault(),
                TaskTypeName = db.Set<TaskType>().Where(x => x.Id == t.TaskTypeId).Select(x => x.Name).FirstOrDefault(),
                TaskStatusName = db.Set<ProductionTaskStatus>().Where(x => x.Id == t.TaskStatusId).Select(x => x.Name).FirstOrDefault(),
                ProjectName = db.Set<Project>().Where(x => x.Id == t.ProjectId).Select(x => x.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var ordered = rows.OrderBy(r => r.Task.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.ProjectName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.TaskTypeName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.EntityTypeName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.EntityName, StringComparer.OrdinalIgnoreCase).ToList();
        var links = relations ? await CrudRelations.LoadAsync(db, ZouModel.For<ProductionTask>(), [.. ordered.Select(r => r.Task.Id)], cancellationToken) : null;
        return [.. ordered.Select(r => new DetailedTask(r.Task, links?[r.Task.Id]["assignees"], r.ProjectName, r.TaskTypeName, r.TaskStatusName, r.EntityTypeName, r.EntityName))];
    }

    // ZOU: "shot" tasks are those of any entity under the sequence (its scenes' too), as Zou's query does not filter the kind.
    private static IQueryable<ProductionTask> ShotTasks(StudioDbContext db, string kind, Guid id) => kind == "Episode"
        ? db.Set<ProductionTask>().Where(t => db.Set<Entity>().Any(s => s.Id == t.EntityId && db.Set<Entity>().Any(q => q.Id == s.ParentId && q.ParentId == id)))
        : db.Set<ProductionTask>().Where(t => db.Set<Entity>().Any(s => s.Id == t.EntityId && s.ParentId == id));

    /// <summary>A vendor sees only the tasks assigned to them.</summary>
    private static IQueryable<ProductionTask> Visible(StudioDbContext db, Actor actor, IQueryable<ProductionTask> tasks)
    {
        if (!actor.IsVendor)
        {
            return tasks;
        }

        var me = actor.PersonId;
        return tasks.Where(t => db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me));
    }
}
