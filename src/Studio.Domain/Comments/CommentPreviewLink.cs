namespace Studio.Domain.Comments;

/// <summary>A preview file attached to a comment (<c>comment_preview_link</c>).</summary>
public class CommentPreviewLink
{
    public Guid CommentId { get; set; } // ZOU: column "comment" (no _id suffix).

    public Guid PreviewFileId { get; set; } // ZOU: column "preview_file" (no _id suffix).
}
