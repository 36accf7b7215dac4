using Studio.Domain.Common;

namespace Studio.Domain.Events;

/// <summary>An item of a production's news feed: a comment or status change on a task.</summary>
public class News : ZouEntity
{
    public bool Change { get; set; }

    public Guid AuthorId { get; set; }

    public Guid? CommentId { get; set; }

    public Guid TaskId { get; set; }

    public Guid? PreviewFileId { get; set; }
}
