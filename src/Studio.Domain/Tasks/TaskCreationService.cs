using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>The tasks of a task type created or removed in bulk for a production's entities.</summary>
public sealed class TaskCreationService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>
    /// <c>create-tasks</c>: a task of the type on each entity of the kind (the listed ones, or all of the
    /// production's, optionally in an episode) that has none yet.
    /// </summary>
    public async Task<CreatedTasks> CreateTasksAsync(Actor actor, Guid projectId, Guid taskTypeId, string kind, IReadOnlyList<Guid>? entityIds, Guid? episodeId, CancellationToken cancellationToken,
        Guid? entityTypeId = null)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        var access = new ProjectAccess(db, actor);
        if (kind == "Concept")
        {
            if (actor.IsVendor || actor.IsClient)
            {
                throw new PermissionDeniedException();
            }

            await access.EnsureMemberAsync(projectId, cancellationToken);
        }
        else
        {
            await access.EnsureManagerAsync(projectId, cancellationToken);
        }

        var taskType = await db.Set<TaskType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskTypeId, cancellationToken) ?? throw new NotFoundException();
        var types = entityTypeId is { } only ? [only] : await EntityKinds.TypeIdsOfKindAsync(db, kind, cancellationToken);
        var entities = db.Set<Entity>().Where(e => e.ProjectId == projectId && types.Contains(e.EntityTypeId) && !e.Canceled);
        if (entityIds is not null)
        {
            entities = entities.Where(e => entityIds.Contains(e.Id));
        }

        if (episodeId is { } episode)
        {
            entities = kind switch
            {
                "Shot" => entities.Where(e => db.Set<Entity>().Any(s => s.Id == e.ParentId && s.ParentId == episode)),
                EntityKinds.Asset => entities.Where(e => e.SourceId == episode || db.Set<EntityLink>().Any(l => l.EntityInId == episode && l.EntityOutId == e.Id)),
                _ => entities.Where(e => e.ParentId == episode),
            };
        }

        var targets = await entities.Where(e => !db.Set<ProductionTask>().Any(t => t.EntityId == e.Id && t.TaskTypeId == taskTypeId)).OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var status = await new TaskStatuses(db).DefaultAsync(kind == "Concept", cancellationToken);
        var created = targets.Select(e => new ProductionTask
        {
            Id = Guid.NewGuid(), Name = "main", ProjectId = projectId, EntityId = e.Id, TaskTypeId = taskTypeId, TaskStatusId = status.Id, AssignerId = actor.PersonId,
        }).ToList();
        db.AddRange(created);
        var staged = created.Select(t => EventPublisher.Stage(db, "task:new", new EventData { ["task_id"] = t.Id.ToString() }, projectId, actor.PersonId)).ToList();
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        return new CreatedTasks(created, status, taskType);
    }

    /// <summary>
    /// ZOU <c>POST …/task-types/&lt;tt&gt;/create-tasks/&lt;entity_type&gt;</c> (project managers): the same for the entities of
    /// an entity type named in the path (<c>episode</c>, <c>sequence</c>…, capitalised as Zou does; a plural is
    /// accepted too); an unknown type is a 404.
    /// </summary>
    public async Task<CreatedTasks> CreateTasksForTypeAsync(Actor actor, Guid projectId, Guid taskTypeId, string entityType, IReadOnlyList<Guid>? entityIds, Guid? episodeId, CancellationToken cancellationToken)
    {
        var name = entityType.Length == 0 ? "" : char.ToUpperInvariant(entityType[0]) + entityType[1..].ToLowerInvariant();
        var singular = name.EndsWith('s') ? name[..^1] : name;
        Settings.EntityType type;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            type = await db.Set<Settings.EntityType>().AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken)
                ?? await db.Set<Settings.EntityType>().AsNoTracking().FirstOrDefaultAsync(t => t.Name == singular, cancellationToken)
                ?? throw new NotFoundException();
        }

        // ZOU: with an episode, the entities are those whose parent is the episode.
        return await CreateTasksAsync(actor, projectId, taskTypeId, EntityKinds.KindOf(type.Name) == EntityKinds.Asset ? "Entity" : type.Name, entityIds, episodeId, cancellationToken, type.Id);
    }

    /// <summary>
    /// Removes tasks with everything attached (comments, previews, time spents, notifications…): the listed
    /// ones of a production (project managers), or all of a task type in a production (admin).
    /// </summary>
    public async Task<List<Guid>> DeleteTasksAsync(Actor actor, Guid projectId, Guid? taskTypeId, IReadOnlyList<Guid>? taskIds, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        if (taskTypeId is not null)
        {
            ProjectAccess.EnsureAdmin(actor);
        }
        else
        {
            await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var query = db.Set<ProductionTask>().Where(t => t.ProjectId == projectId);
        query = taskTypeId is { } type ? query.Where(t => t.TaskTypeId == type) : query.Where(t => taskIds!.Contains(t.Id));
        var ids = await query.Select(t => t.Id).ToListAsync(cancellationToken);
        await CascadeDelete.RemoveAsync<ProductionTask>(db, ids, cancellationToken);
        var staged = ids.Select(id => EventPublisher.Stage(db, "task:delete", new EventData { ["task_id"] = id.ToString() }, projectId, actor.PersonId)).ToList();
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
        return ids;
    }
}
