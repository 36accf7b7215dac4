using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Playlists;
using Studio.Domain.Projects;

namespace Studio.Domain.Tasks;

/// <summary>Reads what a list of notifications shows beside each one: its task, comment, reply, entity, production and playlist.</summary>
internal static class NotificationDetails
{
    /// <summary>
    /// The details of <paramref name="rows"/>, in their order. The text of a comment in <paramref name="blanked"/> is
    /// left out (empty), and so is its reply.
    /// </summary>
    public static async Task<List<NotificationDetail>> LoadAsync(StudioDbContext db, List<Notification> rows, HashSet<Guid> blanked, CancellationToken cancellationToken)
    {
        var taskIds = rows.Select(n => n.TaskId).OfType<Guid>().Distinct().ToList();
        var tasks = await db.Set<ProductionTask>().AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var commentIds = rows.Select(n => n.CommentId).OfType<Guid>().Distinct().ToList();
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => commentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var commentLinks = await CrudRelations.LoadAsync(db, ZouModel.For<Comment>(), commentIds, cancellationToken);
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

        return [.. rows.Select(n =>
        {
            var task = n.TaskId is { } t ? tasks.GetValueOrDefault(t) : null;
            var comment = n.CommentId is { } c ? comments.GetValueOrDefault(c) : null;
            var entity = task?.EntityId is { } e ? entities.GetValueOrDefault(e) : null;
            var whole = comment is not null && !blanked.Contains(comment.Id);
            var links = comment is null ? null : commentLinks[comment.Id];
            var playlist = n.PlaylistId is { } pl ? playlists.GetValueOrDefault(pl) : null;

            // ZOU: the subscription is the reader's to the notification's task.
            var subscription = n.TaskId is { } subscribed && subscriptions.TryGetValue((n.PersonId, subscribed), out var id) ? id : (Guid?)null;
            return new NotificationDetail(
                n.Id,
                n.NotificationType,
                n.AuthorId,
                n.CommentId,
                n.TaskId,
                task?.TaskTypeId,
                comment?.TaskStatusId ?? task?.TaskStatusId,
                links?.GetValueOrDefault("mentions") ?? [],
                links?.GetValueOrDefault("department_mentions") ?? [],
                whole ? Reply(comment!, n.ReplyId) : null,
                // ZOU: a notification shows its comment's first preview.
                links?.GetValueOrDefault("previews")?.FirstOrDefault() is { } preview && preview != Guid.Empty ? preview : comment?.PreviewFileId,
                task?.ProjectId ?? playlist?.ProjectId,
                task?.ProjectId is { } p ? projects.GetValueOrDefault(p) : null,
                whole ? comment!.Text : comment is null ? null : "",
                n.CreatedAt,
                n.Read,
                n.Change,
                entity is null ? null : names.Of(entity),
                entity is not null && names.ParentOf(entity) is { } sequence ? sequence.ParentId : entity?.SourceId,
                entity?.PreviewFileId,
                subscription,
                playlist is null ? null : new NotificationPlaylist(playlist.Id, playlist.Name, playlist.ForEntity, playlist.IsForAll));
        })];
    }

    /// <summary>The reply <paramref name="replyId"/> among the comment's stored replies, if it is there.</summary>
    private static NotificationReply? Reply(Comment comment, Guid? replyId)
    {
        if (replyId is not { } id || comment.Replies is not JsonArray replies
            || replies.OfType<JsonObject>().FirstOrDefault(r => r["id"]?.ToString() == id.ToString()) is not { } reply)
        {
            return null;
        }

        return new NotificationReply(reply["text"] is JsonValue text && text.TryGetValue<string>(out var value) ? value : null, Ids(reply["mentions"]), Ids(reply["department_mentions"]));
    }

    private static List<Guid> Ids(JsonNode? list) =>
        list is JsonArray ids ? [.. ids.Select(i => Guid.TryParse(i?.ToString(), out var id) ? id : (Guid?)null).OfType<Guid>()] : [];
}
