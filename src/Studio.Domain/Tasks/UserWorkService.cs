using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Playlists;
using Studio.Domain.Projects;
using Studio.Domain.SearchFilters;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// The caller's own view (Zou's <c>user</c> blueprint): their tasks to do and done, their notifications, their
/// filters and subscriptions, and the parts of the breakdown where they have tasks.
/// </summary>
public sealed class UserWorkService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time)
{
    /// <summary>
    /// <c>/data/user/tasks</c> (not done) and <c>/data/user/done-tasks</c>: the caller's tasks in open productions,
    /// each with the names and colours a to-do list shows and its last comment.
    /// </summary>
    public async Task<JsonArray> TasksAsync(Actor actor, bool done, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var open = (await new ProjectAccess(db, actor).OpenTeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
        var me = actor.PersonId;
        var rows = await db.Set<ProductionTask>().AsNoTracking()
            .Where(t => t.ProjectId != null && open.Contains(t.ProjectId.Value) && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me))
            .Join(db.Set<ProductionTaskStatus>(), t => t.TaskStatusId, s => s.Id, (t, s) => new { Task = t, Status = s })
            .Where(x => x.Status.IsDone == done)
            .Join(db.Set<TaskType>(), x => x.Task.TaskTypeId, tt => tt.Id, (x, tt) => new { x.Task, x.Status, Type = tt })
            .Join(db.Set<Entity>(), x => x.Task.EntityId, e => e.Id, (x, e) => new { x.Task, x.Status, x.Type, Entity = e })
            .Join(db.Set<Project>(), x => x.Task.ProjectId, p => p.Id, (x, p) => new { x.Task, x.Status, x.Type, x.Entity, Project = p })
            .OrderBy(x => x.Project.Name).ThenBy(x => x.Entity.Name).ThenBy(x => x.Type.Priority)
            .Take(done ? 100 : 2000)
            .ToListAsync(cancellationToken);
        var typeIds = rows.Select(r => r.Entity.EntityTypeId).Distinct().ToList();
        var typeNames = await db.Set<EntityType>().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var parentIds = rows.Select(r => r.Entity.ParentId).OfType<Guid>().Distinct().ToList();
        var parents = await db.Set<Entity>().AsNoTracking().Where(e => parentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var episodeIds = parents.Values.Select(p => p.ParentId).OfType<Guid>().Distinct().ToList();
        var episodes = await db.Set<Entity>().AsNoTracking().Where(e => episodeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var taskIds = rows.Select(r => r.Task.Id).ToList();
        var lastComments = (await db.Set<Comment>().AsNoTracking().Where(c => taskIds.Contains(c.ObjectId))
                .Select(c => new { c.ObjectId, c.Text, c.CreatedAt, c.PersonId }).ToListAsync(cancellationToken))
            .GroupBy(c => c.ObjectId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.CreatedAt).First());
        var json = await TaskService.SerializeManyAsync(db, [.. rows.Select(r => r.Task)], cancellationToken);
        foreach (var (row, task) in rows.Zip(json))
        {
            var kind = EntityKinds.KindOf(typeNames.GetValueOrDefault(row.Entity.EntityTypeId) ?? "");
            var parent = row.Entity.ParentId is { } p ? parents.GetValueOrDefault(p) : null;
            var o = task!.AsObject();
            o["project_name"] = row.Project.Name;
            o["project_has_avatar"] = row.Project.HasAvatar;
            o["entity_id"] = row.Entity.Id.ToString();
            o["entity_name"] = row.Entity.Name;
            o["entity_description"] = row.Entity.Description;
            o["entity_data"] = row.Entity.Data?.DeepClone();
            o["entity_preview_file_id"] = row.Entity.PreviewFileId?.ToString();
            o["entity_source_id"] = row.Entity.SourceId?.ToString();
            o["entity_type_name"] = typeNames.GetValueOrDefault(row.Entity.EntityTypeId);
            o["entity_canceled"] = row.Entity.Canceled;
            o["sequence_name"] = kind is "Shot" or "Scene" ? parent?.Name : null;
            o["episode_id"] = kind is "Shot" or "Scene" ? parent?.ParentId?.ToString() : kind is "Sequence" or "Edit" ? row.Entity.ParentId?.ToString() : row.Entity.SourceId?.ToString();
            o["episode_name"] = kind is "Shot" or "Scene" && parent?.ParentId is { } e ? episodes.GetValueOrDefault(e) : null;
            o["task_type_name"] = row.Type.Name;
            o["task_type_color"] = row.Type.Color;
            o["task_type_priority"] = row.Type.Priority;
            o["task_type_for_entity"] = row.Type.ForEntity;
            o["task_status_name"] = row.Status.Name;
            o["task_status_short_name"] = row.Status.ShortName;
            o["task_status_color"] = row.Status.Color;
            o["task_status_is_done"] = row.Status.IsDone;
            o["last_comment"] = lastComments.TryGetValue(row.Task.Id, out var c)
                ? new JsonObject { ["text"] = c.Text, ["date"] = ZouSerializer.FormatDateTime(c.CreatedAt), ["person_id"] = c.PersonId.ToString() }
                : new JsonObject();
        }

        return json;
    }

    /// <summary>§5.10 <c>GET /data/user/notifications</c>, newest first, with the filters of the query string.</summary>
    public async Task<JsonArray> NotificationsAsync(Actor actor, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var notifications = db.Set<Notification>().AsNoTracking().Where(n => n.PersonId == me);
        if (query.TryGetValue("after", out var after) && DateTime.TryParse(after, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out var a))
        {
            notifications = notifications.Where(n => n.CreatedAt > a);
        }

        if (query.TryGetValue("before", out var before) && DateTime.TryParse(before, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out var b))
        {
            notifications = notifications.Where(n => n.CreatedAt < b);
        }

        if (query.TryGetValue("type", out var type) && type.Length > 0)
        {
            notifications = notifications.Where(n => n.NotificationType == type);
        }

        if (query.TryGetValue("read", out var read) && Crud.CrudValues.ParseBool(read) is { } isRead)
        {
            notifications = notifications.Where(n => n.Read == isRead);
        }

        if (EntityScope.IdOf(query, "task_type_id") is { } taskType)
        {
            notifications = notifications.Where(n => db.Set<ProductionTask>().Any(t => t.Id == n.TaskId && t.TaskTypeId == taskType));
        }

        if (EntityScope.IdOf(query, "task_status_id") is { } taskStatus)
        {
            notifications = notifications.Where(n => db.Set<Comment>().Any(c => c.Id == n.CommentId && c.TaskStatusId == taskStatus));
        }

        if (query.TryGetValue("watching", out var watching) && Crud.CrudValues.ParseBool(watching) is { } isWatching)
        {
            notifications = isWatching
                ? notifications.Where(n => db.Set<Subscription>().Any(s => s.PersonId == me && s.TaskId == n.TaskId))
                : notifications.Where(n => !db.Set<Subscription>().Any(s => s.PersonId == me && s.TaskId == n.TaskId));
        }

        var rows = await notifications.OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(cancellationToken);
        return await NotificationsJsonAsync(db, rows, cancellationToken);
    }

    /// <summary>Marks one of the caller's notifications read or unread.</summary>
    public async Task<JsonObject> SetReadAsync(Actor actor, Guid notificationId, bool read, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == notificationId, cancellationToken) ?? throw new NotFoundException();
        if (notification.PersonId != actor.PersonId)
        {
            throw new PermissionDeniedException();
        }

        notification.Read = read;
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([Transient(read ? "notification:read" : "notification:unread", new JsonObject { ["notification_id"] = notification.Id.ToString() }, actor)]);
        return (await NotificationsJsonAsync(db, [notification], cancellationToken))[0]!.AsObject();
    }

    public async Task MarkAllReadAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        await db.Set<Notification>().Where(n => n.PersonId == me && !n.Read).ExecuteUpdateAsync(s => s.SetProperty(n => n.Read, true), cancellationToken);
        events.Publish([Transient("notification:all-read", new JsonObject { ["person_id"] = me.ToString() }, actor)]);
    }

    /// <summary>ZOU's <c>GET /data/user/filters</c>: the caller's saved searches (and those shared with the team), by list type then project.</summary>
    public async Task<JsonObject> FiltersAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var projects = (await new ProjectAccess(db, actor).TeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
        var filters = await db.Set<SearchFilter>().AsNoTracking()
            .Where(f => f.PersonId == me || (f.IsShared && f.ProjectId != null && projects.Contains(f.ProjectId.Value)))
            .OrderBy(f => f.Name).ToListAsync(cancellationToken);
        var result = new JsonObject();
        foreach (var byType in filters.GroupBy(f => f.ListType))
        {
            var perProject = new JsonObject();
            foreach (var byProject in byType.GroupBy(f => f.ProjectId?.ToString() ?? "all"))
            {
                perProject[byProject.Key] = new JsonArray([.. byProject.Select(f => (JsonNode?)ZouSerializer.Serialize(f))]);
            }

            result[byType.Key] = perProject;
        }

        return result;
    }

    /// <summary>The chats the caller takes part in.</summary>
    public async Task<JsonArray> ChatsAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var chats = await db.Set<Chats.Chat>().AsNoTracking()
            .Where(c => db.Set<Chats.ChatParticipant>().Any(p => p.ChatId == c.Id && p.PersonId == me))
            .OrderByDescending(c => c.LastMessage).ToListAsync(cancellationToken);
        var links = await Crud.CrudRelations.LoadAsync(db, ZouModel.For<Chats.Chat>(), [.. chats.Select(c => c.Id)], cancellationToken);
        return [.. chats.Select(c => (JsonNode?)ZouSerializer.Serialize(c, links[c.Id]))];
    }

    /// <summary>The sequences of a production whose tasks of a type the caller follows.</summary>
    public async Task<JsonArray> SequenceSubscriptionsAsync(Actor actor, Guid projectId, Guid taskTypeId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var me = actor.PersonId;
        var ids = await db.Set<Subscription>()
            .Where(s => s.PersonId == me && s.TaskTypeId == taskTypeId && s.EntityId != null && db.Set<Entity>().Any(e => e.Id == s.EntityId && e.ProjectId == projectId))
            .Select(s => s.EntityId!.Value).Distinct().ToListAsync(cancellationToken);
        return ZouSerializer.IdList(ids);
    }

    /// <summary>(Un)follows every task of a type in a sequence (Zou's sequence subscriptions).</summary>
    public async Task SubscribeSequenceAsync(Actor actor, Guid sequenceId, Guid taskTypeId, bool subscribe, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownQueries.ReadableAsync(db, actor, "Sequence", sequenceId, cancellationToken);
        var me = actor.PersonId;
        var existing = await db.Set<Subscription>().FirstOrDefaultAsync(s => s.PersonId == me && s.EntityId == sequenceId && s.TaskTypeId == taskTypeId, cancellationToken);
        if (subscribe && existing is null)
        {
            db.Add(new Subscription { Id = Guid.NewGuid(), PersonId = me, EntityId = sequenceId, TaskTypeId = taskTypeId });
        }
        else if (!subscribe && existing is not null)
        {
            db.Remove(existing);
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
    }

    /// <summary>The shots of a sequence (or the task types of an entity) where the caller has tasks.</summary>
    public async Task<JsonArray> MyShotsAsync(Actor actor, Guid sequenceId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sequence = await BreakdownQueries.ReadableAsync(db, actor, "Sequence", sequenceId, cancellationToken);
        var me = actor.PersonId;
        var shots = await db.Set<Entity>().AsNoTracking()
            .Where(e => e.ParentId == sequence.Id && db.Set<ProductionTask>().Any(t => t.EntityId == e.Id && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me)))
            .OrderBy(e => e.Name).ToListAsync(cancellationToken);
        return await BreakdownQueries.SerializeAllAsync(db, shots, cancellationToken);
    }

    public async Task<JsonArray> MyTaskTypesAsync(Actor actor, string kind, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await BreakdownQueries.ReadableAsync(db, actor, kind, entityId, cancellationToken);
        var me = actor.PersonId;
        var types = await db.Set<TaskType>().AsNoTracking()
            .Where(tt => db.Set<ProductionTask>().Any(t => t.EntityId == entity.Id && t.TaskTypeId == tt.Id && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me)))
            .OrderBy(t => t.Priority).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        return [.. types.Select(t => (JsonNode?)ZouSerializer.Serialize(t))];
    }

    /// <summary>A production's task subscriptions (project managers): who follows which task.</summary>
    public async Task<JsonArray> ProjectSubscriptionsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var rows = await db.Set<Subscription>().AsNoTracking()
            .Where(s => db.Set<ProductionTask>().Any(t => t.Id == s.TaskId && t.ProjectId == projectId)
                || db.Set<Entity>().Any(e => e.Id == s.EntityId && e.ProjectId == projectId))
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(s => (JsonNode?)ZouSerializer.Serialize(s))];
    }

    private static async Task<JsonArray> NotificationsJsonAsync(StudioDbContext db, List<Notification> rows, CancellationToken cancellationToken)
    {
        var taskIds = rows.Select(n => n.TaskId).OfType<Guid>().Distinct().ToList();
        var tasks = await db.Set<ProductionTask>().AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var commentIds = rows.Select(n => n.CommentId).OfType<Guid>().Distinct().ToList();
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => commentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var commentLinks = await Crud.CrudRelations.LoadAsync(db, ZouModel.For<Comment>(), commentIds, cancellationToken);
        var entityIds = tasks.Values.Select(t => t.EntityId).OfType<Guid>().Distinct().ToList();
        var entities = await db.Set<Entity>().AsNoTracking().Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var parentIds = entities.Values.Select(e => e.ParentId).OfType<Guid>().Distinct().ToList();
        var parents = await db.Set<Entity>().AsNoTracking().Where(e => parentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var projectIds = tasks.Values.Select(t => t.ProjectId).OfType<Guid>().Distinct().ToList();
        var projects = await db.Set<Project>().AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var typeIds = entities.Values.Select(e => e.EntityTypeId).Distinct().ToList();
        var typeNames = await db.Set<EntityType>().AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var playlistIds = rows.Select(n => n.PlaylistId).OfType<Guid>().Distinct().ToList();
        var playlists = await db.Set<Playlist>().AsNoTracking().Where(p => playlistIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var readers = rows.Select(n => n.PersonId).Distinct().ToList();
        var subscriptions = (await db.Set<Subscription>().AsNoTracking().Where(s => s.TaskId != null && taskIds.Contains(s.TaskId.Value) && readers.Contains(s.PersonId))
            .Select(s => new { s.PersonId, TaskId = s.TaskId!.Value, s.Id }).ToListAsync(cancellationToken)).ToDictionary(s => (s.PersonId, s.TaskId), s => s.Id);

        var result = new JsonArray();
        foreach (var n in rows)
        {
            var task = n.TaskId is { } t ? tasks.GetValueOrDefault(t) : null;
            var comment = n.CommentId is { } c ? comments.GetValueOrDefault(c) : null;
            var entity = task?.EntityId is { } e ? entities.GetValueOrDefault(e) : null;
            var reply = comment?.Replies is JsonArray replies && n.ReplyId is { } r ? replies.OfType<JsonObject>().FirstOrDefault(x => x["id"]?.ToString() == r.ToString()) : null;
            var links = comment is null ? null : commentLinks[comment.Id];
            var playlist = n.PlaylistId is { } pl ? playlists.GetValueOrDefault(pl) : null;
            result.Add(new JsonObject
            {
                ["id"] = n.Id.ToString(),
                ["type"] = "Notification",
                ["notification_type"] = n.NotificationType,
                ["author_id"] = n.AuthorId.ToString(),
                ["comment_id"] = n.CommentId?.ToString(),
                ["task_id"] = n.TaskId?.ToString(),
                ["task_type_id"] = task?.TaskTypeId?.ToString(),
                ["task_status_id"] = comment?.TaskStatusId?.ToString() ?? task?.TaskStatusId?.ToString(),
                ["mentions"] = ZouSerializer.IdList(links?.GetValueOrDefault("mentions") ?? []),
                ["department_mentions"] = ZouSerializer.IdList(links?.GetValueOrDefault("department_mentions") ?? []),
                ["reply_mentions"] = reply?["mentions"]?.DeepClone() ?? new JsonArray(),
                ["reply_department_mentions"] = reply?["department_mentions"]?.DeepClone() ?? new JsonArray(),
                ["preview_file_id"] = comment?.PreviewFileId?.ToString(),
                ["project_id"] = task?.ProjectId?.ToString() ?? playlist?.ProjectId?.ToString(),
                ["project_name"] = task?.ProjectId is { } p ? projects.GetValueOrDefault(p) : null,
                ["comment_text"] = comment?.Text,
                ["reply_text"] = reply?["text"]?.DeepClone(),
                ["created_at"] = ZouSerializer.FormatDateTime(n.CreatedAt),
                ["read"] = n.Read,
                ["change"] = n.Change,
                ["full_entity_name"] = entity is null ? null : FullName(entity, parents, typeNames),
                ["episode_id"] = entity?.ParentId is { } q && parents.TryGetValue(q, out var seq) ? seq.ParentId?.ToString() : entity?.SourceId?.ToString(),
                ["entity_preview_file_id"] = entity?.PreviewFileId?.ToString(),
                ["subscription_id"] = n.TaskId is { } subscribed && subscriptions.TryGetValue((n.PersonId, subscribed), out var subscription) ? subscription.ToString() : null, // ZOU: the reader's subscription to the task.
                ["playlist_id"] = playlist?.Id.ToString(),
                ["playlist_name"] = playlist?.Name,
                ["playlist_for_entity"] = playlist?.ForEntity,
                ["playlist_is_for_all"] = playlist?.IsForAll,
            });
        }

        return result;
    }

    /// <summary>ZOU's full entity name: <c>SQ01 / SH010</c> for a shot, <c>Character / Hero</c> for an asset.</summary>
    private static string FullName(Entity entity, Dictionary<Guid, Entity> parents, Dictionary<Guid, string> typeNames)
    {
        var typeName = typeNames.GetValueOrDefault(entity.EntityTypeId) ?? "";
        if (EntityKinds.KindOf(typeName) == EntityKinds.Asset)
        {
            return $"{typeName} / {entity.Name}";
        }

        return entity.ParentId is { } p && parents.TryGetValue(p, out var parent) ? $"{parent.Name} / {entity.Name}" : entity.Name;
    }

    private ApiEvent Transient(string name, JsonObject data, Actor actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new ApiEvent { Id = Guid.NewGuid(), Name = name, Data = data, UserId = actor.PersonId, CreatedAt = now, UpdatedAt = now };
    }
}
