namespace Studio.Domain.Comments;

/// <summary>A person who acknowledged a comment (table <c>comment_acknoledgments</c>, Zou's spelling).</summary>
public class CommentAcknowledgement
{
    public Guid CommentId { get; set; } // ZOU: column "comment" (no _id suffix).

    public Guid PersonId { get; set; } // ZOU: column "person" (no _id suffix).
}
