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
