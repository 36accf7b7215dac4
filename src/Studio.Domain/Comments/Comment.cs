using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Comments;

/// <summary>A comment on a task (possibly changing its status), with its replies, checklist and attached previews.</summary>
[Relation("previews", typeof(CommentPreviewLink), nameof(CommentPreviewLink.CommentId), nameof(CommentPreviewLink.PreviewFileId), After = "preview_file_id")]
[Relation("mentions", typeof(CommentMention), nameof(CommentMention.CommentId), nameof(CommentMention.PersonId), After = "preview_file_id")]
[Relation("department_mentions", typeof(CommentDepartmentMention), nameof(CommentDepartmentMention.CommentId), nameof(CommentDepartmentMention.DepartmentId), After = "preview_file_id")]
[Relation("acknowledgements", typeof(CommentAcknowledgement), nameof(CommentAcknowledgement.CommentId), nameof(CommentAcknowledgement.PersonId), After = "preview_file_id")]
[Relation("attachment_files", typeof(AttachmentFile), nameof(AttachmentFile.CommentId), nameof(AttachmentFile.Id), After = "preview_file_id")]
public class Comment : ZouEntity
{
    public int? ShotgunId { get; set; }

    public Guid ObjectId { get; set; } // ZOU: the task id, no FK.

    public string ObjectType { get; set; } = "";

    public string? Text { get; set; }

    public JsonNode? Data { get; set; }

    public JsonNode? Replies { get; set; } = new JsonArray();

    public JsonNode? Checklist { get; set; }

    public bool? Pinned { get; set; }

    public bool ForClient { get; set; }

    public List<string>? Links { get; set; }

    public Guid? TaskStatusId { get; set; }

    public Guid PersonId { get; set; }

    public Guid? EditorId { get; set; }

    public Guid? PreviewFileId { get; set; }

    /// <summary>A detached copy of the row, for a read that shows it changed (a client's blanked view).</summary>
    internal Comment Copy() => (Comment)MemberwiseClone();
}
