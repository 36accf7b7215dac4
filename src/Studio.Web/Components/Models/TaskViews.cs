using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Previews;

namespace Studio.Web.Components.Models;

public sealed record PreviewView(Guid Id, int Revision, string? Extension, string Status, string? OriginalName, int Position)
{
    public static PreviewView From(PreviewFile p) => new(p.Id, p.Revision ?? 0, p.Extension, p.Status, p.OriginalName, p.Position ?? 0);

    public bool IsMovie => Extension == "mp4";

    public bool IsPicture => Extension == "png";

    public bool IsReady => Status == "ready";

    public bool IsBroken => Status == "broken";
}

public sealed record AttachmentView(Guid Id, string Name, string? Extension, Guid? ReplyId)
{
    public static AttachmentView From(AttachmentFile a) => new(a.Id, a.Name ?? "", a.Extension, a.ReplyId);

    public string Url => $"api/data/attachment-files/{Id}/file/{Uri.EscapeDataString(Name)}";
}

public sealed record ReplyView(Guid Id, string Text, Guid? PersonId, DateTime? Date)
{
    public static ReplyView From(CommentReply r) => new(r.Id, r.Text, r.PersonId, r.Date);
}

/// <summary>A comment of the feed, as the task's list shows it to the caller.</summary>
public sealed record CommentView(Guid Id, string Text, DateTime? CreatedAt, Guid PersonId, string PersonName, StatusView? Status, bool ForClient, bool Pinned,
    IReadOnlyList<PreviewView> Previews, IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<Guid> Acknowledgements, IReadOnlyList<Guid> Mentions,
    IReadOnlyList<Guid> DepartmentMentions, IReadOnlyList<ReplyView> Replies, string? EditorName)
{
    public static CommentView From(ListedComment listed, Catalog catalog)
    {
        var c = listed.Comment;
        return new(c.Id, c.Text ?? "", c.CreatedAt, c.PersonId, listed.Person?.FullName ?? catalog.PersonName(c.PersonId),
            c.TaskStatusId is { } s ? catalog.Status(s) : null, c.ForClient, c.Pinned == true, [.. listed.Previews.Select(PreviewView.From).OrderBy(p => p.Position)],
            [.. listed.Attachments.Where(a => a.ReplyId is null).Select(AttachmentView.From)], listed.Acknowledgements, listed.Mentions, listed.DepartmentMentions,
            [.. listed.Replies.Select(r => ReplyView.From(r.Reply))], listed.Editor?.FullName);
    }
}

/// <summary>A task of a to-do list (<c>/data/user/tasks</c>) or of a task type page.</summary>
public sealed record MyTaskRow(Guid Id, Guid ProjectId, string Production, Guid EntityId, string Entity, string TaskType, string TaskTypeColor, StatusView Status,
    IReadOnlyList<Guid> Assignees, double Estimation, double Duration, DateTime? DueDate, DateTime? LastCommentDate, string? LastComment, Guid? PreviewFileId)
{
    public static MyTaskRow From(JsonNode t, Catalog catalog)
    {
        var typeName = t.Str("entity_type_name");
        var sequence = t.Str("sequence_name");
        var episode = t.Str("episode_name");
        var entity = EntityFullNames.Of(EntityKinds.KindOf(typeName ?? ""), typeName, t.Text("entity_name"),
            string.IsNullOrEmpty(sequence) ? episode : sequence, string.IsNullOrEmpty(sequence) ? null : episode);
        return new(t.IdOf(), t.GuidOf("project_id") ?? Guid.Empty, t.Text("project_name"), t.GuidOf("entity_id") ?? Guid.Empty,
            entity, t.Text("task_type_name"), t.Str("task_type_color") ?? "#999999",
            catalog.Status(t.GuidOf("task_status_id")), t.Ids("assignees"), t.Number("estimation"), t.Number("duration"), t.Date("due_date"),
            t.Date("last_comment_date"), t["last_comment"].Str("text"), t.GuidOf("entity_preview_file_id"));
    }

    /// <summary>Late: due before today and not done.</summary>
    public bool IsLate(DateTime today) => DueDate is { } due && due.Date < today.Date && !Status.IsDone;
}

/// <summary>A notification of <c>/data/user/notifications</c>.</summary>
public sealed record NotificationView(Guid Id, string Kind, Guid AuthorId, Guid? TaskId, Guid? TaskTypeId, Guid? StatusId, string? ProjectName, string? EntityName,
    string? Text, DateTime? CreatedAt, bool Read, bool Change)
{
    public static NotificationView From(JsonNode n) => new(n.IdOf(), n.Str("notification_type") ?? "comment", n.GuidOf("author_id") ?? Guid.Empty, n.GuidOf("task_id"),
        n.GuidOf("task_type_id"), n.GuidOf("task_status_id"), n.Str("project_name"), n.Str("full_entity_name"), n.Str("reply_text") ?? n.Str("comment_text"),
        n.Date("created_at"), n.Bool("read"), n.Bool("change"));

    /// <summary>What happened, in words that the task's name completes: "commented on", "assigned you to"…</summary>
    public string What => Kind switch
    {
        "mention" => "mentioned you on",
        "reply" => "replied on",
        "reply-mention" => "mentioned you in a reply on",
        "assignation" => "assigned you to",
        "playlist-ready" => "shared a playlist",
        _ => Change ? "changed the status of" : "commented on",
    };
}
