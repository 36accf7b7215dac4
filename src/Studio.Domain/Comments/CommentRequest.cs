using System.Text.Json.Nodes;

namespace Studio.Domain.Comments;

/// <summary>
/// The body of <c>POST /actions/tasks/&lt;id&gt;/comment</c>: the status the task moves to, the text, and the
/// overrides only managers may use (author, date, client visibility).
/// </summary>
public sealed record CommentRequest(
    Guid TaskStatusId,
    string Text,
    Guid? PersonId = null,
    DateTime? CreatedAt = null,
    JsonArray? Checklist = null,
    IReadOnlyList<string>? Links = null,
    bool ForClient = false);
