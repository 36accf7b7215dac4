namespace Studio.Domain.Comments;

/// <summary>A person mentioned in a comment (<c>comment_mentions</c>).</summary>
public class CommentMention
{
    public Guid CommentId { get; set; } // ZOU: column "comment" (no _id suffix).

    public Guid PersonId { get; set; } // ZOU: column "person" (no _id suffix).
}
