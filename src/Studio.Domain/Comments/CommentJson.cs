using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Settings;

namespace Studio.Domain.Comments;

/// <summary>Comments as Zou's comment routes return them.</summary>
public static class CommentJson
{
    private static readonly string[] PreviewKeys =
        ["id", "task_id", "revision", "extension", "width", "height", "duration", "status", "validation_status", "original_name", "position", "annotations"];

    /// <summary>
    /// The comment of a write, as posting answers it: its columns, <c>previews</c>, its id and times, <c>type</c>, the id lists
    /// of mentions, department mentions and acknowledgements, the attachments as small dicts, then the full status
    /// and author.
    /// </summary>
    public static async Task<JsonObject> WrittenAsync(StudioDbContext db, Comment comment, CancellationToken cancellationToken)
    {
        var links = (await CrudRelations.LoadAsync(db, ZouModel.For<Comment>(), [comment.Id], cancellationToken))[comment.Id];
        var json = Columns(comment);
        json["previews"] = ZouSerializer.IdList(links.GetValueOrDefault("previews") ?? []);
        Tail(json, comment);
        json["mentions"] = ZouSerializer.IdList(links.GetValueOrDefault("mentions") ?? []);
        json["department_mentions"] = ZouSerializer.IdList(links.GetValueOrDefault("department_mentions") ?? []);
        json["acknowledgements"] = ZouSerializer.IdList(links.GetValueOrDefault("acknowledgements") ?? []);
        json["attachment_files"] = await AttachmentsAsync(db, comment.Id, cancellationToken);
        var status = await db.Set<ProductionTaskStatus>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == comment.TaskStatusId, cancellationToken);
        json["task_status"] = status is null ? null : ZouSerializer.Serialize(status);
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == comment.PersonId, cancellationToken);
        json["person"] = person is null ? null : ZouSerializer.Serialize(person);
        return json;
    }

    /// <summary>
    /// The comments of a task as <c>GET /data/tasks/&lt;id&gt;/comments</c> lists them: each with a short
    /// author, editor and status, its acknowledgements, previews, mentions and attachments; replies carry their author.
    /// </summary>
    public static async Task<JsonArray> ListedAsync(StudioDbContext db, IReadOnlyList<Comment> comments, CancellationToken cancellationToken, ClientCommentView? clientView = null)
    {
        var ids = comments.Select(c => c.Id).ToList();
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<Comment>(), ids, cancellationToken);
        var personIds = comments.SelectMany(c => new[] { (Guid?)c.PersonId, c.EditorId }.Concat(Replies(c).Select(r => PersonOf(r)))).OfType<Guid>().Distinct().ToList();
        var persons = await db.Set<Person>().AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var statusIds = comments.Select(c => c.TaskStatusId).OfType<Guid>().Distinct().ToList();
        var statuses = await db.Set<ProductionTaskStatus>().AsNoTracking().Where(s => statusIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var previewIds = links.Values.SelectMany(l => l.GetValueOrDefault("previews") ?? []).Distinct().ToList();
        var previews = await db.Set<PreviewFile>().AsNoTracking().Where(p => previewIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var attachments = (await db.Set<AttachmentFile>().AsNoTracking().Where(a => a.CommentId != null && ids.Contains(a.CommentId.Value)).ToListAsync(cancellationToken))
            .ToLookup(a => a.CommentId!.Value);

        var result = new JsonArray();
        foreach (var comment in comments)
        {
            var own = links[comment.Id];
            var json = Columns(comment);
            Tail(json, comment);
            json["person"] = ShortPerson(persons.GetValueOrDefault(comment.PersonId));
            if (comment.EditorId is { } editor)
            {
                json["editor"] = ShortPerson(persons.GetValueOrDefault(editor));
            }

            json["task_status"] = comment.TaskStatusId is { } s && statuses.TryGetValue(s, out var status)
                ? new JsonObject { ["name"] = status.Name, ["short_name"] = status.ShortName, ["color"] = status.Color, ["id"] = status.Id.ToString() }
                : null;
            json["acknowledgements"] = ZouSerializer.IdList(own.GetValueOrDefault("acknowledgements") ?? []);
            json["previews"] = new JsonArray([.. (own.GetValueOrDefault("previews") ?? []).Where(previews.ContainsKey)
                .Where(p => clientView is null || ClientCommentView.ShowsPreview(previews[p].ValidationStatus)).Select(p => (JsonNode?)Preview(previews[p]))]);
            json["mentions"] = ZouSerializer.IdList(own.GetValueOrDefault("mentions") ?? []);
            json["department_mentions"] = ZouSerializer.IdList(own.GetValueOrDefault("department_mentions") ?? []);
            json["attachment_files"] = new JsonArray([.. attachments[comment.Id].Select(a => (JsonNode?)new JsonObject
            {
                ["id"] = a.Id.ToString(), ["name"] = a.Name, ["extension"] = a.Extension, ["reply_id"] = a.ReplyId?.ToString(), ["size"] = a.Size,
            })]);
            if (json["replies"] is JsonArray replies)
            {
                foreach (var reply in replies.OfType<JsonObject>())
                {
                    reply["person"] = ShortPerson(PersonOf(reply) is { } p ? persons.GetValueOrDefault(p) : null);
                }
            }

            clientView?.Apply(comment, json);
            result.Add(json);
        }

        return result;
    }

    /// <summary>The authors of a comment's replies.</summary>
    public static IEnumerable<Guid?> ReplyAuthors(Comment comment) => Replies(comment).Select(PersonOf);

    /// <summary>An attachment as the comment routes list it: <c>{id, name, extension, size}</c>.</summary>
    public static JsonObject Attachment(AttachmentFile file) => new()
    {
        ["id"] = file.Id.ToString(), ["name"] = file.Name, ["extension"] = file.Extension, ["size"] = file.Size,
    };

    public static JsonObject? ShortPerson(Person? person) => person is null ? null : new JsonObject
    {
        ["first_name"] = person.FirstName,
        ["last_name"] = person.LastName,
        ["full_name"] = person.FullName,
        ["has_avatar"] = person.HasAvatar,
        ["role"] = person.Role,
        ["id"] = person.Id.ToString(),
    };

    private static async Task<JsonArray> AttachmentsAsync(StudioDbContext db, Guid commentId, CancellationToken cancellationToken)
    {
        var files = await db.Set<AttachmentFile>().AsNoTracking().Where(a => a.CommentId == commentId && a.ReplyId == null).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return [.. files.Select(f => (JsonNode?)Attachment(f))];
    }

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

    private static JsonObject Preview(PreviewFile preview)
    {
        var serialized = ZouSerializer.Serialize(preview);
        var json = new JsonObject();
        foreach (var key in PreviewKeys)
        {
            json[key] = serialized[key]?.DeepClone();
        }

        return json;
    }

    private static IEnumerable<JsonObject> Replies(Comment comment) => (comment.Replies as JsonArray ?? []).OfType<JsonObject>();

    private static Guid? PersonOf(JsonObject reply) =>
        reply["person_id"] is JsonValue v && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) ? id : null;
}
