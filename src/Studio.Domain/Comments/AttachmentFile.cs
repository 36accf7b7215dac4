using Studio.Domain.Common;

namespace Studio.Domain.Comments;

/// <summary>A file attached to a comment, a comment reply or a chat message.</summary>
public class AttachmentFile : ZouEntity
{
    public string? Name { get; set; }

    public long? Size { get; set; } = 1;

    public string? Extension { get; set; }

    public string? Mimetype { get; set; }

    public Guid? CommentId { get; set; }

    public Guid? ReplyId { get; set; } // ZOU: id of an entry of comment.replies, no FK.

    public Guid? ChatMessageId { get; set; }
}
