using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;

namespace Studio.Web.Components.Models;

public sealed record PreviewView(Guid Id, int Revision, string? Extension, string Status, string? OriginalName, int Position)
{
    public static PreviewView From(JsonNode p) => new(p.IdOf(), p.Whole("revision"), p.Str("extension"), p.Str("status") ?? "processing", p.Str("original_name"), p.Whole("position"));

    public bool IsMovie => Extension == "mp4";

    public bool IsPicture => Extension == "png";

    public bool IsReady => Status == "ready";

    public bool IsBroken => Status == "broken";
}

public sealed record AttachmentView(Guid Id, string Name, string? Extension, Guid? ReplyId)
{
    public static AttachmentView From(JsonNode a) => new(a.IdOf(), a.Text("name"), a.Str("extension"), a.GuidOf("reply_id"));

    public string Url => $"api/data/attachment-files/{Id}/file/{Uri.EscapeDataString(Name)}";
}

public sealed record ReplyView(Guid Id, string Text, Guid? PersonId, DateTime? Date)
{
    public static ReplyView From(JsonNode r) => new(r.IdOf(), r.Text("text"), r.GuidOf("person_id"), r.Date("date"));
}

/// <summary>A comment of the feed (<c>/data/tasks/&lt;id&gt;/comments</c>).</summary>
public sealed record CommentView(Guid Id, string Text, DateTime? CreatedAt, Guid PersonId, string PersonName, StatusView? Status, bool ForClient, bool Pinned,
    IReadOnlyList<PreviewView> Previews, IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<Guid> Acknowledgements, IReadOnlyList<Guid> Mentions,
    IReadOnlyList<Guid> DepartmentMentions, IReadOnlyList<ReplyView> Replies, string? EditorName)
{
    public static CommentView From(JsonNode c, Catalog catalog)
    {
        var status = c.GuidOf("task_status_id") is { } s ? catalog.Status(s) : null;
        var attachments = c["attachment_files"].Items().Select(AttachmentView.From).ToList();
        return new(c.IdOf(), c.Text("text"), c.Date("created_at"), c.GuidOf("person_id") ?? Guid.Empty, c["person"].Str("full_name") ?? catalog.PersonName(c.GuidOf("person_id")),
            status, c.Bool("for_client"), c.Bool("pinned"), [.. c["previews"].Items().Select(PreviewView.From).OrderBy(p => p.Position)],
            [.. attachments.Where(a => a.ReplyId is null)], c.Ids("acknowledgements"), c.Ids("mentions"), c.Ids("department_mentions"),
            [.. c["replies"].Items().Select(ReplyView.From)], c["editor"].Str("full_name"));
    }
}

/// <summary>A task of a to-do list (<c>/data/user/tasks</c>) or of a task type page.</summary>
public sealed record MyTaskRow(Guid Id, Guid ProjectId, string Production, Guid EntityId, string Entity, string TaskType, string TaskTypeColor, StatusView Status,
    IReadOnlyList<Guid> Assignees, double Estimation, double Duration, DateTime? DueDate, DateTime? LastCommentDate, string? LastComment, Guid? PreviewFileId)
{
    /// <summary>A row of the caller's task; the entity is named in full (a shot's episode and sequence, a sequence's episode, an asset's type).</summary>
    public static MyTaskRow From(Studio.Domain.Tasks.MyTask t, Catalog catalog)
    {
        var typeName = t.EntityTypeName;
        var sequence = t.SequenceName;
        var episode = t.EpisodeName;
        var entity = EntityFullNames.Of(EntityKinds.KindOf(typeName ?? ""), typeName, t.Entity.Name,
            string.IsNullOrEmpty(sequence) ? episode : sequence, string.IsNullOrEmpty(sequence) ? null : episode);
        return new(t.Task.Id, t.Task.ProjectId ?? Guid.Empty, t.Project.Name, t.Entity.Id, entity, t.Type.Name, t.Type.Color ?? "#999999",
            catalog.Status(t.Task.TaskStatusId), t.Assignees, t.Task.Estimation ?? 0, t.Task.Duration ?? 0, t.Task.DueDate,
            t.Task.LastCommentDate, t.LastComment?.Text, t.Entity.PreviewFileId);
    }

    /// <summary>Late: due before today and not done.</summary>
    public bool IsLate(DateTime today) => DueDate is { } due && due.Date < today.Date && !Status.IsDone;
}

/// <summary>A notification of <c>/data/user/notifications</c>.</summary>
public sealed record NotificationView(Guid Id, string Kind, Guid AuthorId, Guid? TaskId, Guid? TaskTypeId, Guid? StatusId, string? ProjectName, string? EntityName,
    string? Text, DateTime? CreatedAt, bool Read, bool Change)
{
    public static NotificationView From(Studio.Domain.Tasks.NotificationDetail n) => new(n.Id, n.NotificationType, n.AuthorId, n.TaskId, n.TaskTypeId, n.TaskStatusId, n.ProjectName,
        n.FullEntityName, n.Reply?.Text ?? n.CommentText, n.CreatedAt, n.Read, n.Change);

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
