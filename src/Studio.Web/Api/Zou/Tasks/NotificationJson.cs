using System.Text.Json.Nodes;
using Studio.Domain.Tasks;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Zou's shape of the caller's notifications (<c>/data/user/notifications</c>).</summary>
public static class NotificationJson
{
    public static JsonArray List(IEnumerable<NotificationDetail> notifications) => [.. notifications.Select(n => (JsonNode?)One(n))];

    /// <summary>
    /// A notification with its task, comment and reply, production, entity, the reader's subscription and its
    /// playlist; ids are null where the notification has none, the mention lists empty.
    /// </summary>
    public static JsonObject One(NotificationDetail n) => new()
    {
        ["id"] = n.Id.ToString(),
        ["type"] = "Notification",
        ["notification_type"] = n.NotificationType,
        ["author_id"] = n.AuthorId.ToString(),
        ["comment_id"] = n.CommentId?.ToString(),
        ["task_id"] = n.TaskId?.ToString(),
        ["task_type_id"] = n.TaskTypeId?.ToString(),
        ["task_status_id"] = n.TaskStatusId?.ToString(),
        ["mentions"] = ZouSerializer.IdList(n.Mentions),
        ["department_mentions"] = ZouSerializer.IdList(n.DepartmentMentions),
        ["reply_mentions"] = ZouSerializer.IdList(n.Reply?.Mentions ?? []),
        ["reply_department_mentions"] = ZouSerializer.IdList(n.Reply?.DepartmentMentions ?? []),
        ["preview_file_id"] = n.PreviewFileId?.ToString(),
        ["project_id"] = n.ProjectId?.ToString(),
        ["project_name"] = n.ProjectName,
        ["comment_text"] = n.CommentText,
        ["reply_text"] = n.Reply?.Text,
        ["created_at"] = ZouSerializer.FormatDateTime(n.CreatedAt),
        ["read"] = n.Read,
        ["change"] = n.Change,
        ["full_entity_name"] = n.FullEntityName,
        ["episode_id"] = n.EpisodeId?.ToString(),
        ["entity_preview_file_id"] = n.EntityPreviewFileId?.ToString(),
        ["subscription_id"] = n.SubscriptionId?.ToString(),
        ["playlist_id"] = n.Playlist?.Id.ToString(),
        ["playlist_name"] = n.Playlist?.Name,
        ["playlist_for_entity"] = n.Playlist?.ForEntity,
        ["playlist_is_for_all"] = n.Playlist?.IsForAll,
    };
}
