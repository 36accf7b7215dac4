using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
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

    /// <summary><c>GET /data/user/notifications</c>: the caller's notifications that match the filter, newest first, at most 100.</summary>
    public async Task<IReadOnlyList<NotificationDetail>> NotificationsAsync(Actor actor, NotificationFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var notifications = db.Set<Notification>().AsNoTracking().Where(n => n.PersonId == me);
        if (filter.After is { } after)
        {
            notifications = notifications.Where(n => n.CreatedAt > after);
        }

        if (filter.Before is { } before)
        {
            notifications = notifications.Where(n => n.CreatedAt < before);
        }

        if (filter.Type is { Length: > 0 } type)
        {
            notifications = notifications.Where(n => n.NotificationType == type);
        }

        if (filter.Read is { } read)
        {
            notifications = notifications.Where(n => n.Read == read);
        }

        if (filter.TaskTypeId is { } taskType)
        {
            notifications = notifications.Where(n => db.Set<ProductionTask>().Any(t => t.Id == n.TaskId && t.TaskTypeId == taskType));
        }

        if (filter.TaskStatusId is { } taskStatus)
        {
            notifications = notifications.Where(n => db.Set<Comment>().Any(c => c.Id == n.CommentId && c.TaskStatusId == taskStatus));
        }

        if (filter.Watching is { } watching)
        {
            notifications = watching
                ? notifications.Where(n => db.Set<Subscription>().Any(s => s.PersonId == me && s.TaskId == n.TaskId))
                : notifications.Where(n => !db.Set<Subscription>().Any(s => s.PersonId == me && s.TaskId == n.TaskId));
        }

        var (shown, blanked) = await ShownAsync(db, actor, notifications, cancellationToken);
        var rows = await shown.OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(cancellationToken);
        return await NotificationDetails.LoadAsync(db, rows, blanked, cancellationToken);
    }

    /// <summary>ZOU <c>GET /data/user/notifications/&lt;id&gt;</c>: one of the caller's notifications, as its list shows it.</summary>
    public async Task<NotificationDetail> NotificationAsync(Actor actor, Guid notificationId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var notification = await db.Set<Notification>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId && n.PersonId == me, cancellationToken) ?? throw new NotFoundException();
        var blanked = await EnsureShownAsync(db, actor, notification, cancellationToken);
        return (await NotificationDetails.LoadAsync(db, [notification], blanked, cancellationToken))[0];
    }

    /// <summary>Marks one of the caller's notifications read or unread; returns it as its list shows it.</summary>
    public async Task<NotificationDetail> SetReadAsync(Actor actor, Guid notificationId, bool read, CancellationToken cancellationToken)
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
        events.Publish([Transient(read ? "notification:read" : "notification:unread", new EventData { ["notification_id"] = notification.Id }, actor)]);
        return (await NotificationDetails.LoadAsync(db, [notification], blanked, cancellationToken))[0];
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
        events.Publish([Transient("notification:all-read", new EventData { ["person_id"] = me }, actor)]);
    }

    /// <summary>The chats the caller takes part in, the latest message first.</summary>
    public async Task<IReadOnlyList<Chats.ChatWithParticipants>> ChatsAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        var chats = await db.Set<Chats.Chat>().AsNoTracking()
            .Where(c => db.Set<Chats.ChatParticipant>().Any(p => p.ChatId == c.Id && p.PersonId == me))
            .OrderByDescending(c => c.LastMessage).ToListAsync(cancellationToken);
        var links = await Crud.CrudRelations.LoadAsync(db, ZouModel.For<Chats.Chat>(), [.. chats.Select(c => c.Id)], cancellationToken);
        return [.. chats.Select(c => new Chats.ChatWithParticipants(c, links[c.Id]["participants"]))];
    }

    /// <summary>The sequences of a production whose tasks of a type the caller follows.</summary>
    public async Task<IReadOnlyList<Guid>> SequenceSubscriptionsAsync(Actor actor, Guid projectId, Guid taskTypeId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var me = actor.PersonId;
        return await db.Set<Subscription>()
            .Where(s => s.PersonId == me && s.TaskTypeId == taskTypeId && s.EntityId != null && db.Set<Entity>().Any(e => e.Id == s.EntityId && e.ProjectId == projectId))
            .Select(s => s.EntityId!.Value).Distinct().ToListAsync(cancellationToken);
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

    /// <summary>The shots (and scenes) of a sequence where the caller has tasks, with their kinds.</summary>
    public async Task<IReadOnlyList<SequenceShot>> MyShotsAsync(Actor actor, Guid sequenceId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sequence = await BreakdownQueries.ReadableAsync(db, actor, "Sequence", sequenceId, cancellationToken);
        var me = actor.PersonId;
        var shots = await db.Set<Entity>().AsNoTracking()
            .Where(e => e.ParentId == sequence.Id && db.Set<ProductionTask>().Any(t => t.EntityId == e.Id && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me)))
            .OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var kinds = await EntityKinds.KindsAsync(db, shots.Select(e => e.EntityTypeId), cancellationToken);
        return [.. shots.Select(e => new SequenceShot(e, kinds.GetValueOrDefault(e.EntityTypeId, EntityKinds.Asset)))];
    }

    /// <summary>The task types of the caller's tasks on an entity.</summary>
    public async Task<IReadOnlyList<TaskType>> MyTaskTypesAsync(Actor actor, string kind, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await BreakdownQueries.ReadableAsync(db, actor, kind, entityId, cancellationToken);
        var me = actor.PersonId;
        return await db.Set<TaskType>().AsNoTracking()
            .Where(tt => db.Set<ProductionTask>().Any(t => t.EntityId == entity.Id && t.TaskTypeId == tt.Id && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me)))
            .OrderBy(t => t.Priority).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }

    /// <summary>A production's task subscriptions (project managers): who follows which task.</summary>
    public async Task<IReadOnlyList<Subscription>> ProjectSubscriptionsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        return await db.Set<Subscription>().AsNoTracking()
            .Where(s => db.Set<ProductionTask>().Any(t => t.Id == s.TaskId && t.ProjectId == projectId)
                || db.Set<Entity>().Any(e => e.Id == s.EntityId && e.ProjectId == projectId))
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>An event announced live, not stored.</summary>
    private ApiEvent Transient(string name, EventData data, Actor actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new ApiEvent { Id = Guid.NewGuid(), Name = name, Data = data.ToStored(), UserId = actor.PersonId, CreatedAt = now, UpdatedAt = now };
    }
}
