namespace Studio.Domain.Comments;

/// <summary>A department mentioned in a comment (<c>comment_department_mentions</c>).</summary>
public class CommentDepartmentMention
{
    public Guid CommentId { get; set; } // ZOU: column "comment" (no _id suffix).

    public Guid DepartmentId { get; set; } // ZOU: column "department" (no _id suffix).
}
