using System.Text.Json.Nodes;
using Studio.Domain.Comments;
using Studio.Domain.Persons;
using Studio.Web.Api.Zou.Previews;

namespace Studio.Web.Api.Zou.Comments;

/// <summary>Zou's shapes of a comment, its replies and attachments.</summary>
public static class CommentJson
{
    private static readonly string[] PreviewKeys =
        ["id", "task_id", "revision", "extension", "width", "height", "duration", "status", "validation_status", "original_name", "position", "annotations"];

    /// <summary>
    /// A comment as a write answers it: its columns, <c>previews</c> (ids), its id and times, <c>type</c>, the id lists of
    /// mentions, department mentions and acknowledgements, the attachments as small dicts, then the full status and
    /// author.
    /// </summary>
    public static JsonObject Written(WrittenComment written)
    {
        var json = Columns(written.Comment);
        json["previews"] = ZouSerializer.IdList(written.Previews);
        Tail(json, written.Comment);
        json["mentions"] = ZouSerializer.IdList(written.Mentions);
        json["department_mentions"] = ZouSerializer.IdList(written.DepartmentMentions);
        json["acknowledgements"] = ZouSerializer.IdList(written.Acknowledgements);
        json["attachment_files"] = Attachments(written.Attachments);
        json["task_status"] = written.Status is null ? null : ZouSerializer.Serialize(written.Status);
        json["person"] = written.Person is null ? null : ZouSerializer.Serialize(written.Person);
        return json;
    }

    public static JsonArray Written(IEnumerable<WrittenComment> written) => [.. written.Select(w => (JsonNode?)Written(w))];

    /// <summary>
    /// A comment as <c>GET /data/tasks/&lt;id&gt;/comments</c> lists it: its columns, id and times, a short author, the
    /// editor (when it was edited), a short status, its acknowledgements, previews (a few columns each), mentions and
    /// attachments (with the reply they belong to); each reply carries its author.
    /// </summary>
    public static JsonObject Listed(ListedComment listed)
    {
        var json = Columns(listed.Comment);
        Tail(json, listed.Comment);
        json["person"] = ShortPerson(listed.Person);
        if (listed.Comment.EditorId is not null)
        {
            json["editor"] = ShortPerson(listed.Editor);
        }

        json["task_status"] = listed.Status is { } status
            ? new JsonObject { ["name"] = status.Name, ["short_name"] = status.ShortName, ["color"] = status.Color, ["id"] = status.Id.ToString() }
            : null;
        json["acknowledgements"] = ZouSerializer.IdList(listed.Acknowledgements);
        json["previews"] = new JsonArray([.. listed.Previews.Select(p => (JsonNode?)PreviewJson.Subset(p, PreviewKeys))]);
        json["mentions"] = ZouSerializer.IdList(listed.Mentions);
        json["department_mentions"] = ZouSerializer.IdList(listed.DepartmentMentions);
        json["attachment_files"] = new JsonArray([.. listed.Attachments.Select(a => (JsonNode?)new JsonObject
        {
            ["id"] = a.Id.ToString(), ["name"] = a.Name, ["extension"] = a.Extension, ["reply_id"] = a.ReplyId?.ToString(), ["size"] = a.Size,
        })]);

        // The replies are the stored ones, each given its author: the listed replies follow the stored order.
        var replies = (json["replies"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        for (var i = 0; i < replies.Count && i < listed.Replies.Count; i++)
        {
            replies[i]["person"] = ShortPerson(listed.Replies[i].Person);
        }

        return json;
    }

    public static JsonArray Listed(IEnumerable<ListedComment> listed) => [.. listed.Select(c => (JsonNode?)Listed(c))];

    /// <summary>
    /// A reply just posted: the stored reply (id, date, author id, text, mentions, department mentions, creation time),
    /// its short author and, when files came with it, its attachments.
    /// </summary>
    public static JsonObject Reply(PostedReply posted)
    {
        var reply = posted.Reply;
        var stamp = reply.Date is { } date ? ZouSerializer.FormatDateTime(date) : null;
        var json = new JsonObject
        {
            ["id"] = reply.Id.ToString(),
            ["date"] = stamp,
            ["person_id"] = reply.PersonId?.ToString(),
            ["text"] = reply.Text,
            ["mentions"] = ZouSerializer.IdList(reply.Mentions),
            ["department_mentions"] = ZouSerializer.IdList(reply.DepartmentMentions),
            // ZOU: a reply's created_at repeats its date.
            ["created_at"] = stamp,
            ["person"] = ShortPerson(posted.Person),
        };
        if (posted.Attachments.Count > 0)
        {
            json["attachment_files"] = Attachments(posted.Attachments);
        }

        return json;
    }

    /// <summary>An attachment as the comment and chat routes list it: <c>{id, name, extension, size}</c>.</summary>
    public static JsonObject Attachment(AttachmentFile file) => new()
    {
        ["id"] = file.Id.ToString(), ["name"] = file.Name, ["extension"] = file.Extension, ["size"] = file.Size,
    };

    public static JsonArray Attachments(IEnumerable<AttachmentFile> files) => [.. files.Select(f => (JsonNode?)Attachment(f))];

    /// <summary>A person as a comment names its author, editor or a reply's author.</summary>
    public static JsonObject? ShortPerson(Person? person) => person is null ? null : new JsonObject
    {
        ["first_name"] = person.FirstName,
        ["last_name"] = person.LastName,
        ["full_name"] = person.FullName,
        ["has_avatar"] = person.HasAvatar,
        ["role"] = person.Role,
        ["id"] = person.Id.ToString(),
    };

    /// <summary>The comment's columns but its id, times and type, which come after the previews in Zou's shapes.</summary>
    private static JsonObject Columns(Comment comment)
    {
        var serialized = ZouSerializer.Serialize(comment);
        var json = new JsonObject();
        foreach (var (key, value) in serialized.Where(p => p.Key is not ("id" or "created_at" or "updated_at" or "type")))
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static void Tail(JsonObject json, Comment comment)
    {
        json["id"] = comment.Id.ToString();
        json["created_at"] = ZouSerializer.FormatDateTime(comment.CreatedAt);
        json["updated_at"] = ZouSerializer.FormatDateTime(comment.UpdatedAt);
        json["type"] = "Comment";
    }
}
