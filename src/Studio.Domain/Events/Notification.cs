using Studio.Domain.Common;

namespace Studio.Domain.Events;

/// <summary>A notification to a person about a comment, mention, assignment, reply or ready playlist.</summary>
public class Notification : ZouEntity
{
    public bool Read { get; set; }

    public bool Change { get; set; }

    /// <summary>Zou's column <c>type</c>, serialized as <c>notification_type</c>.</summary>
    public string NotificationType { get; set; } = ""; // ZOU: column "type".

    public Guid PersonId { get; set; }

    public Guid AuthorId { get; set; }

    public Guid? CommentId { get; set; }

    public Guid? TaskId { get; set; }

    public Guid? PlaylistId { get; set; }

    public Guid? ReplyId { get; set; } // ZOU: id of an entry of comment.replies, no FK.
}
