using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// The rows of the <c>…/with-tasks</c> lists (Zou's <c>get_shots_and_tasks</c>, <c>get_assets_and_tasks</c>…): each
/// entity with its parents' names and its tasks (status, type, dates, assignees, whether the caller follows it). A
/// fixed number of queries whatever the size of the production.
/// </summary>
internal static class EntitiesWithTasks
{
    private static readonly ILookup<Guid?, ListedTask> NoTask = Array.Empty<ListedTask>().ToLookup(t => t.Task.EntityId);

    /// <summary>
    /// Reads the entities of <paramref name="entities"/> (already scoped and filtered) with their tasks, as
    /// <paramref name="viewer"/> may see them (a vendor: their own tasks, and data without other departments' fields).
    /// Assets come by type name then name, the other kinds by name. Without <paramref name="withTasks"/> the rows come
    /// with no task (the tasks are most of the cost: a big list reads them for its first rows first).
    /// </summary>
    public static async Task<List<EntityWithTasks>> ReadAsync(StudioDbContext db, EntityViewer viewer, string kind, IQueryable<Entity> entities, bool withTasks,
        CancellationToken cancellationToken)
    {
        var rows = await entities.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var ids = entities.Select(e => e.Id);
        var tasksByEntity = withTasks ? await TasksAsync(db, viewer, ids, cancellationToken) : NoTask;

        var projectIds = rows.Select(r => r.ProjectId).Distinct().ToList();
        await viewer.LoadHiddenFieldsAsync(db, kind, projectIds, cancellationToken);
        var projects = await db.Set<Project>().AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var parentIds = entities.Where(e => e.ParentId != null).Select(e => e.ParentId!.Value);
        var parents = await db.Set<Entity>().AsNoTracking().Where(e => parentIds.Contains(e.Id))
            .Select(e => new NamedEntity(e.Id, e.Name, e.ParentId)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var grandParentIds = parents.Values.Select(p => p.ParentId).OfType<Guid>().Distinct().ToList();
        var sourceIds = rows.Select(r => r.SourceId).OfType<Guid>().Distinct().ToList();
        var episodes = await db.Set<Entity>().AsNoTracking().Where(e => grandParentIds.Contains(e.Id) || sourceIds.Contains(e.Id))
            .Select(e => new NamedEntity(e.Id, e.Name, e.ParentId)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var typeIds = rows.Select(r => r.EntityTypeId).Distinct().ToList();
        var typeNames = await db.Set<EntityType>().AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var castingEpisodes = kind == EntityKinds.Asset ? await CastingEpisodesAsync(db, entities, cancellationToken) : null;
        var conceptLinks = kind == "Concept"
            ? (await db.Set<EntityConceptLink>().AsNoTracking().Where(l => ids.Contains(l.EntityInId)).Select(l => new { l.EntityInId, l.EntityOutId }).ToListAsync(cancellationToken))
                .ToLookup(l => l.EntityInId, l => l.EntityOutId)
            : null;

        if (kind == EntityKinds.Asset)
        {
            rows = [.. rows.OrderBy(r => typeNames.GetValueOrDefault(r.EntityTypeId), StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)];
        }
        else if (kind == "Shot")
        {
            // ZOU: the sequence is an inner join: shots outside any sequence are not listed.
            rows = [.. rows.Where(r => r.ParentId is { } p && parents.ContainsKey(p))];
        }

        return [.. rows.Select(entity =>
        {
            entity.Data = viewer.Mask(entity.ProjectId, kind, entity.Data ?? new JsonObject());
            var parent = entity.ParentId is { } p ? parents.GetValueOrDefault(p) : null;
            var episode = kind switch
            {
                "Shot" or "Scene" => parent?.ParentId is { } e ? episodes.GetValueOrDefault(e) : null,
                "Edit" or "Sequence" => parent,
                EntityKinds.Asset => entity.SourceId is { } s ? episodes.GetValueOrDefault(s) : null,
                _ => null,
            };
            return new EntityWithTasks(entity, kind, [.. tasksByEntity[entity.Id]], projects.GetValueOrDefault(entity.ProjectId), parent, episode,
                typeNames.GetValueOrDefault(entity.EntityTypeId), [.. castingEpisodes?[entity.Id] ?? []], [.. conceptLinks?[entity.Id] ?? []]);
        })];
    }

    /// <summary>The tasks of <paramref name="ids"/>'s entities that <paramref name="viewer"/> may see, by entity.</summary>
    private static async Task<ILookup<Guid?, ListedTask>> TasksAsync(StudioDbContext db, EntityViewer viewer, IQueryable<Guid> ids, CancellationToken cancellationToken)
    {
        var caller = viewer.PersonId;

        // Tasks and their assignees in one pass (a task with several assignees comes once per assignee): SQLite
        // would otherwise look the production's tasks up twice. Only the columns the lists show are read.
        var taskQuery = db.Set<ProductionTask>().AsNoTracking().Where(t => t.EntityId != null && ids.Contains(t.EntityId.Value));
        var taskRows = await (
            from t in taskQuery
            from l in db.Set<TaskPersonLink>().Where(l => l.TaskId == t.Id).DefaultIfEmpty()
            select new
            {
                Task = new ProductionTask
                {
                    Id = t.Id, EntityId = t.EntityId, TaskTypeId = t.TaskTypeId, TaskStatusId = t.TaskStatusId, Priority = t.Priority, Estimation = t.Estimation,
                    Duration = t.Duration, RetakeCount = t.RetakeCount, RealStartDate = t.RealStartDate, EndDate = t.EndDate, StartDate = t.StartDate, DueDate = t.DueDate,
                    DoneDate = t.DoneDate, LastCommentDate = t.LastCommentDate, LastPreviewFileId = t.LastPreviewFileId, Difficulty = t.Difficulty,
                    NbDrawings = t.NbDrawings, NbAssetsReady = t.NbAssetsReady, Data = t.Data,
                },
                PersonId = (Guid?)l!.PersonId,
            }).ToListAsync(cancellationToken);
        var tasks = taskRows.Select(r => r.Task).DistinctBy(t => t.Id).ToList();
        var assignees = taskRows.Where(r => r.PersonId is not null).ToLookup(r => r.Task.Id, r => r.PersonId!.Value);

        // From the caller's subscriptions to the tasks (a join, not an IN list of every task id: the caller follows few).
        var subscribed = (await db.Set<Subscription>().AsNoTracking().Where(s => s.PersonId == caller && s.TaskId != null)
            .Join(taskQuery, s => s.TaskId, t => (Guid?)t.Id, (s, t) => t.Id).ToListAsync(cancellationToken)).ToHashSet();
        return tasks.Where(t => viewer.SeesTask(assignees[t.Id])).OrderBy(t => t.Id)
            .Select(t => new ListedTask(t, [.. assignees[t.Id].Order()], subscribed.Contains(t.Id)))
            .ToLookup(t => t.Task.EntityId);
    }

    /// <summary>ZOU: the episodes an asset is cast in, through the shots of their sequences or directly, by name.</summary>
    private static async Task<ILookup<Guid, Guid>> CastingEpisodesAsync(StudioDbContext db, IQueryable<Entity> assets, CancellationToken cancellationToken)
    {
        var ids = assets.Select(a => a.Id);
        var episodeType = db.Set<EntityType>().Where(t => t.Name == "Episode").Select(t => t.Id);
        var links = await db.Set<EntityLink>().AsNoTracking().Where(l => ids.Contains(l.EntityOutId))
            .Join(db.Set<Entity>(), l => l.EntityInId, e => e.Id, (l, e) => new { Asset = l.EntityOutId, e.Id, e.EntityTypeId, e.Name })
            .Where(x => episodeType.Contains(x.EntityTypeId))
            .Select(x => new { x.Asset, Episode = x.Id, x.Name })
            .ToListAsync(cancellationToken);
        return links.Distinct().OrderBy(l => l.Name, StringComparer.Ordinal).ToLookup(l => l.Asset, l => l.Episode);
    }
}
