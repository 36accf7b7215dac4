using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// The <c>…/with-tasks</c> lists (Zou's <c>get_shots_and_tasks</c>, <c>get_assets_and_tasks</c>…): each entity with
/// its parents' names and its tasks (status, type, dates, assignees, whether the caller follows it). A fixed
/// number of queries whatever the size of the production, written straight to UTF-8.
/// </summary>
public static class EntitiesWithTasks
{
    private sealed record TaskRow(
        Guid Id, Guid? EntityId, Guid? TaskTypeId, Guid? TaskStatusId, int? Priority, double? Estimation, double? Duration, int? RetakeCount,
        DateTime? RealStartDate, DateTime? EndDate, DateTime? StartDate, DateTime? DueDate, DateTime? DoneDate, DateTime? LastCommentDate,
        Guid? LastPreviewFileId, int Difficulty, int? NbDrawings, int? NbAssetsReady, System.Text.Json.Nodes.JsonNode? Data);

    private sealed record Named(Guid Id, string Name, Guid? ParentId);

    /// <summary>
    /// Writes the entities of <paramref name="entities"/> (already scoped and filtered) with their tasks, as
    /// <paramref name="viewer"/> may see them (a vendor: their own tasks, and data without other departments' fields).
    /// </summary>
    public static async Task<byte[]> WriteAsync(StudioDbContext db, EntityViewer viewer, string kind, IQueryable<Entity> entities, CancellationToken cancellationToken)
    {
        var caller = viewer.PersonId;
        var rows = await entities.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var ids = entities.Select(e => e.Id);

        // Tasks and their assignees in one pass (a task with several assignees comes once per assignee): SQLite
        // would otherwise look the production's tasks up twice.
        var taskQuery = db.Set<ProductionTask>().AsNoTracking().Where(t => t.EntityId != null && ids.Contains(t.EntityId.Value));
        var taskRows = await (
            from t in taskQuery
            from l in db.Set<TaskPersonLink>().Where(l => l.TaskId == t.Id).DefaultIfEmpty()
            select new
            {
                Task = new TaskRow(t.Id, t.EntityId, t.TaskTypeId, t.TaskStatusId, t.Priority, t.Estimation, t.Duration, t.RetakeCount,
                    t.RealStartDate, t.EndDate, t.StartDate, t.DueDate, t.DoneDate, t.LastCommentDate, t.LastPreviewFileId, t.Difficulty, t.NbDrawings, t.NbAssetsReady, t.Data),
                PersonId = (Guid?)l!.PersonId,
            }).ToListAsync(cancellationToken);
        var tasks = taskRows.Select(r => r.Task).DistinctBy(t => t.Id).ToList();
        var assignees = taskRows.Where(r => r.PersonId is not null).ToLookup(r => r.Task.Id, r => r.PersonId!.Value);

        // From the caller's subscriptions to the tasks (a join, not an IN list of every task id: the caller follows few).
        var subscribed = (await db.Set<Subscription>().AsNoTracking().Where(s => s.PersonId == caller && s.TaskId != null)
            .Join(taskQuery, s => s.TaskId, t => (Guid?)t.Id, (s, t) => t.Id).ToListAsync(cancellationToken)).ToHashSet();
        var tasksByEntity = tasks.Where(t => viewer.SeesTask(assignees[t.Id])).OrderBy(t => t.Id).ToLookup(t => t.EntityId);

        var projectIds = rows.Select(r => r.ProjectId).Distinct().ToList();
        await viewer.LoadHiddenFieldsAsync(db, kind, projectIds, cancellationToken);
        var projects = await db.Set<Project>().AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var parentIds = entities.Where(e => e.ParentId != null).Select(e => e.ParentId!.Value);
        var parents = await db.Set<Entity>().AsNoTracking().Where(e => parentIds.Contains(e.Id))
            .Select(e => new Named(e.Id, e.Name, e.ParentId)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var grandParentIds = parents.Values.Select(p => p.ParentId).OfType<Guid>().Distinct().ToList();
        var sourceIds = rows.Select(r => r.SourceId).OfType<Guid>().Distinct().ToList();
        var episodes = await db.Set<Entity>().AsNoTracking().Where(e => grandParentIds.Contains(e.Id) || sourceIds.Contains(e.Id))
            .Select(e => new Named(e.Id, e.Name, e.ParentId)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var typeIds = rows.Select(r => r.EntityTypeId).Distinct().ToList();
        var typeNames = await db.Set<EntityType>().AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var castingEpisodes = kind == EntityKinds.Asset ? await CastingEpisodesAsync(db, entities, cancellationToken) : null;
        var conceptLinks = kind == "Concept"
            ? (await db.Set<EntityConceptLink>().AsNoTracking().Where(l => ids.Contains(l.EntityInId)).Select(l => new { l.EntityInId, l.EntityOutId }).ToListAsync(cancellationToken))
                .ToLookup(l => l.EntityInId, l => l.EntityOutId)
            : null;

        var shape = WithTasksShape.For(kind);
        if (kind == EntityKinds.Asset)
        {
            rows = [.. rows.OrderBy(r => typeNames.GetValueOrDefault(r.EntityTypeId), StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)];
        }
        else if (kind == "Shot")
        {
            // ZOU: the sequence is an inner join: shots outside any sequence are not listed.
            rows = [.. rows.Where(r => r.ParentId is { } p && parents.ContainsKey(p))];
        }

        return ZouJsonWriter.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var entity in rows)
            {
                var data = viewer.Mask(entity.ProjectId, kind, entity.Data ?? new System.Text.Json.Nodes.JsonObject());
                var context = new Row(entity, kind, shape, data, projects, parents, episodes, typeNames, castingEpisodes, conceptLinks);
                writer.WriteStartObject();
                foreach (var key in shape.EntityKeys)
                {
                    if (key == "tasks")
                    {
                        writer.WritePropertyName("tasks");
                        writer.WriteStartArray();
                        foreach (var task in tasksByEntity[entity.Id])
                        {
                            WriteTask(writer, shape, task, assignees[task.Id], subscribed.Contains(task.Id));
                        }

                        writer.WriteEndArray();
                    }
                    else
                    {
                        WriteEntityKey(writer, key, context);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>ZOU: the episodes an asset is cast in, through the shots of their sequences or directly.</summary>
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

    private sealed record Row(Entity Entity, string Kind, WithTasksShape Shape, System.Text.Json.Nodes.JsonNode? Data, Dictionary<Guid, string> Projects,
        Dictionary<Guid, Named> Parents, Dictionary<Guid, Named> Episodes, Dictionary<Guid, string> TypeNames, ILookup<Guid, Guid>? CastingEpisodes, ILookup<Guid, Guid>? Concepts)
    {
        public IEnumerable<Guid> ConceptLinks(Guid id) => Concepts?[id] ?? [];

        public Named? Parent => Entity.ParentId is { } p ? Parents.GetValueOrDefault(p) : null;

        /// <summary>A shot's episode is its sequence's parent; an edit's or a sequence's is its own parent.</summary>
        public Named? Episode => Kind is "Shot" or "Scene"
            ? Parent?.ParentId is { } e ? Episodes.GetValueOrDefault(e) : null
            : Kind is "Edit" or "Sequence" ? Parent : null;
    }

    private static void WriteEntityKey(Utf8JsonWriter writer, string key, Row row)
    {
        var e = row.Entity;
        switch (key)
        {
            case "id": writer.WriteString(key, e.Id.ToString()); break;
            case "name": writer.WriteString(key, e.Name); break;
            case "description": writer.WriteText(key, e.Description); break;
            case "canceled": writer.WriteBoolean(key, e.Canceled); break;
            case "data": writer.WriteNode(key, row.Data); break;
            case "status": writer.WriteString(key, e.Status); break;
            case "entity_type_id": writer.WriteString(key, e.EntityTypeId.ToString()); break;
            case "asset_type_id": writer.WriteString(key, e.EntityTypeId.ToString()); break;
            case "asset_type_name": writer.WriteText(key, row.TypeNames.GetValueOrDefault(e.EntityTypeId)); break;
            case "episode_id" when row.Kind == EntityKinds.Asset: writer.WriteString(key, e.SourceId?.ToString() ?? ""); break;

            // ZOU: get_entities_and_tasks writes str(parent_id): "None" without a parent, a scene's sequence id.
            case "episode_id" when row.Kind is "Sequence" or "Episode" or "Scene": writer.WriteString(key, e.ParentId?.ToString() ?? "None"); break;
            case "episode_id": writer.WriteId(key, row.Episode?.Id); break;
            case "episode_name": writer.WriteString(key, row.Episode?.Name ?? ""); break;
            case "sequence_id": writer.WriteId(key, row.Parent?.Id); break;
            case "sequence_name": writer.WriteText(key, row.Parent?.Name); break;
            case "fps" or "frame_in" or "frame_out": writer.WriteField(key, row.Data, key); break;
            case "nb_frames": writer.WriteInt(key, e.NbFrames); break;
            case "nb_entities_out": writer.WriteInt(key, e.NbEntitiesOut); break;
            case "is_casting_standby": writer.WriteBoolean(key, e.IsCastingStandby); break;
            case "is_shared": writer.WriteBoolean(key, e.IsShared); break;
            case "parent_id": writer.WriteId(key, e.ParentId); break;
            case "source_id": writer.WriteId(key, e.SourceId); break;
            case "preview_file_id" when row.Shape.EmptyPreviewAsText: writer.WriteString(key, e.PreviewFileId?.ToString() ?? ""); break;
            case "preview_file_id": writer.WriteId(key, e.PreviewFileId); break;
            case "ready_for": writer.WriteString(key, e.ReadyFor?.ToString() ?? "None"); break;
            case "project_id": writer.WriteString(key, e.ProjectId.ToString()); break;
            case "project_name": writer.WriteText(key, row.Projects.GetValueOrDefault(e.ProjectId)); break;
            case "type": writer.WriteString(key, row.Kind); break;
            case "created_at": writer.WriteTime(key, e.CreatedAt); break;
            case "updated_at": writer.WriteTime(key, e.UpdatedAt); break;
            case "created_by": writer.WriteId(key, e.CreatedBy); break;
            case "casting_episode_ids":
            case "entity_concept_links":
                writer.WritePropertyName(key);
                writer.WriteStartArray();
                foreach (var id in key == "casting_episode_ids" ? row.CastingEpisodes?[e.Id] ?? [] : row.ConceptLinks(e.Id))
                {
                    writer.WriteStringValue(id.ToString());
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No value for {key}.");
        }
    }

    private static void WriteTask(Utf8JsonWriter writer, WithTasksShape shape, TaskRow task, IEnumerable<Guid> assignees, bool subscribed)
    {
        writer.WriteStartObject();
        foreach (var key in shape.TaskKeys)
        {
            switch (key)
            {
                case "id": writer.WriteString(key, task.Id.ToString()); break;
                case "entity_id": writer.WriteId(key, task.EntityId); break;
                case "difficulty": writer.WriteInt(key, task.Difficulty); break;
                case "due_date": writer.WriteTime(key, task.DueDate); break;
                case "done_date": writer.WriteTime(key, task.DoneDate); break;
                case "duration": writer.WriteFloat(key, task.Duration); break;
                case "end_date": writer.WriteTime(key, task.EndDate); break;
                case "estimation": writer.WriteFloat(key, task.Estimation); break;
                case "is_subscribed": writer.WriteBoolean(key, subscribed); break;
                case "last_comment_date": writer.WriteTime(key, task.LastCommentDate); break;
                case "last_preview_file_id" when shape.EmptyPreviewAsText: writer.WriteString(key, task.LastPreviewFileId?.ToString() ?? ""); break;
                case "last_preview_file_id": writer.WriteId(key, task.LastPreviewFileId); break;
                case "nb_assets_ready": writer.WriteInt(key, task.NbAssetsReady); break;
                case "nb_drawings": writer.WriteInt(key, task.NbDrawings); break;
                case "priority": writer.WriteInt(key, task.Priority ?? 0); break;
                case "real_start_date": writer.WriteTime(key, task.RealStartDate); break;
                case "retake_count": writer.WriteInt(key, task.RetakeCount); break;
                case "start_date": writer.WriteTime(key, task.StartDate); break;
                case "task_status_id": writer.WriteId(key, task.TaskStatusId); break;
                case "task_type_id": writer.WriteId(key, task.TaskTypeId); break;
                case "data": writer.WriteNode(key, task.Data); break;
                case "assignees":
                    writer.WritePropertyName(key);
                    writer.WriteStartArray();
                    foreach (var person in assignees.Order())
                    {
                        writer.WriteStringValue(person.ToString());
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"No value for {key}.");
            }
        }

        writer.WriteEndObject();
    }
}
