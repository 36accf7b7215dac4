namespace Studio.Domain.Tasks;

/// <summary>
/// One of the caller's notifications as their list shows it: what happened, by whom, on which task, comment or
/// playlist, with the texts the caller may read (<see cref="CommentText"/> is empty for a comment shown blanked,
/// null without a comment) and the names of the production and entity.
/// </summary>
public sealed record NotificationDetail(
    Guid Id,
    string NotificationType,
    Guid AuthorId,
    Guid? CommentId,
    Guid? TaskId,
    Guid? TaskTypeId,
    Guid? TaskStatusId,
    IReadOnlyList<Guid> Mentions,
    IReadOnlyList<Guid> DepartmentMentions,
    NotificationReply? Reply,
    Guid? PreviewFileId,
    Guid? ProjectId,
    string? ProjectName,
    string? CommentText,
    DateTime CreatedAt,
    bool Read,
    bool Change,
    string? FullEntityName,
    Guid? EpisodeId,
    Guid? EntityPreviewFileId,
    Guid? SubscriptionId,
    NotificationPlaylist? Playlist);
