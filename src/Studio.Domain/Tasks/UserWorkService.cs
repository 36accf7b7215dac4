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
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// The caller's own view (Zou's <c>user</c> blueprint): their tasks to do and done, their notifications, their
/// filters and subscriptions, and the parts of the breakdown where they have tasks.
/// </summary>
public sealed class UserWorkService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time)
{
    /// <summary>How many of the caller's notifications are unread (the layout's badge).</summary>
    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var (shown, _) = await ShownAsync(db, actor, db.Set<Notification>().Where(n => n.PersonId == me && !n.Read), cancellationToken);
        return await shown.CountAsync(cancellationToken);
    }

    /// <summary><c>GET /data/user/notifications</c>, newest first, with the filters of the query string.</summary>
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

        var (shown, blanked) = await ShownAsync(db, actor, notifications, cancellationToken);
        var rows = await shown.OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(cancellationToken);
        return await NotificationsJsonAsync(db, rows, blanked, cancellationToken);
    }

    /// <summary>ZOU <c>GET /data/user/notifications/&lt;id&gt;</c>: one of the caller's notifications, as its list shows it.</summary>
    public async Task<JsonObject> NotificationAsync(Actor actor, Guid notificationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var notification = await db.Set<Notification>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId && n.PersonId == me, cancellationToken) ?? throw new NotFoundException();
        var blanked = await EnsureShownAsync(db, actor, notification, cancellationToken);
        return (await NotificationsJsonAsync(db, [notification], blanked, cancellationToken))[0]!.AsObject();
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

        var blanked = await EnsureShownAsync(db, actor, notification, cancellationToken);
        notification.Read = read;
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([Transient(read ? "notification:read" : "notification:unread", new JsonObject { ["notification_id"] = notification.Id.ToString() }, actor)]);
        return (await NotificationsJsonAsync(db, [notification], blanked, cancellationToken))[0]!.AsObject();
    }

    /// <summary>
    /// The notifications the caller is still shown: a vendor only those of the tasks it is assigned to, as it reads no
    /// other task; nobody those of a comment its task's comment list hides from them (a client subscribed to a task,
    /// or mentioned, is not told the studio's internal comments). Returns also the comments shown blanked, whose
    /// texts are left out. ZOU: Zou lists every notification of the caller with the comment's text.
    /// </summary>
    private static async Task<(IQueryable<Notification> Shown, HashSet<Guid> Blanked)> ShownAsync(StudioDbContext db, Actor actor, IQueryable<Notification> notifications, CancellationToken cancellationToken)
    {
        if (actor.IsVendor)
        {
            var me = actor.PersonId;
            notifications = notifications.Where(n => n.TaskId == null || db.Set<TaskPersonLink>().Any(l => l.TaskId == n.TaskId && l.PersonId == me));
        }

        var (hidden, blanked) = await CommentVisibility.SortAsync(db, actor, db.Set<Comment>().Where(c => notifications.Any(n => n.CommentId == c.Id)), cancellationToken);
        return (hidden.Count == 0 ? notifications : notifications.Where(n => n.CommentId == null || !hidden.Contains(n.CommentId.Value)), blanked);
    }

    private static async Task<HashSet<Guid>> EnsureShownAsync(StudioDbContext db, Actor actor, Notification notification, CancellationToken cancellationToken)
    {
        var (shown, blanked) = await ShownAsync(db, actor, db.Set<Notification>().Where(n => n.Id == notification.Id), cancellationToken);
        return await shown.AnyAsync(cancellationToken) ? blanked : throw new PermissionDeniedException();
    }

    public async Task MarkAllReadAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        await db.Set<Notification>().Where(n => n.PersonId == me && !n.Read).ExecuteUpdateAsync(s => s.SetProperty(n => n.Read, true), cancellationToken);
        events.Publish([Transient("notification:all-read", new JsonObject { ["person_id"] = me.ToString() }, actor)]);
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

    private static async Task<JsonArray> NotificationsJsonAsync(StudioDbContext db, List<Notification> rows, HashSet<Guid> blanked, CancellationToken cancellationToken)
    {
        var taskIds = rows.Select(n => n.TaskId).OfType<Guid>().Distinct().ToList();
        var tasks = await db.Set<ProductionTask>().AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var commentIds = rows.Select(n => n.CommentId).OfType<Guid>().Distinct().ToList();
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => commentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var commentLinks = await Crud.CrudRelations.LoadAsync(db, ZouModel.For<Comment>(), commentIds, cancellationToken);
        var entityIds = tasks.Values.Select(t => t.EntityId).OfType<Guid>().Distinct().ToList();
        var entities = await db.Set<Entity>().AsNoTracking().Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var names = await EntityFullNames.LoadAsync(db, entities.Values, cancellationToken);
        var projectIds = tasks.Values.Select(t => t.ProjectId).OfType<Guid>().Distinct().ToList();
        var projects = await db.Set<Project>().AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
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
            var whole = comment is not null && !blanked.Contains(comment.Id);
            var reply = whole && comment!.Replies is JsonArray replies && n.ReplyId is { } r ? replies.OfType<JsonObject>().FirstOrDefault(x => x["id"]?.ToString() == r.ToString()) : null;
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
                ["comment_text"] = whole ? comment!.Text : comment is null ? null : "",
                ["reply_text"] = reply?["text"]?.DeepClone(),
                ["created_at"] = ZouSerializer.FormatDateTime(n.CreatedAt),
                ["read"] = n.Read,
                ["change"] = n.Change,
                ["full_entity_name"] = entity is null ? null : names.Of(entity),
                ["episode_id"] = entity is not null && names.ParentOf(entity) is { } seq ? seq.ParentId?.ToString() : entity?.SourceId?.ToString(),
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

    private ApiEvent Transient(string name, JsonObject data, Actor actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new ApiEvent { Id = Guid.NewGuid(), Name = name, Data = data, UserId = actor.PersonId, CreatedAt = now, UpdatedAt = now };
    }
}
