using System.Text.Json.Nodes;

namespace Studio.Domain.Comments;

/// <summary>
/// ZOU: what a client reading a task's comments gets: studio comments carrying previews come with their
/// text, attachments, checklist and replies blanked; people who are not clients (authors, editors, repliers) are
/// not named; rejected previews are not listed.
/// </summary>
public sealed class ClientCommentView(IReadOnlySet<Guid> blanked, IReadOnlySet<Guid> clients)
{
    public const string Rejected = "rejected";

    public static bool ShowsPreview(string? validationStatus) => validationStatus != Rejected;

    /// <summary>Whether the comment is shown blanked (a studio comment listed only for its previews).</summary>
    public bool Blanks(Guid commentId) => blanked.Contains(commentId);

    /// <summary>Applies the client's view to one comment as <see cref="CommentJson"/> wrote it (listed or written):
    /// the people it names are nulled only where the shape names them.</summary>
    public void Apply(Comment comment, JsonObject json)
    {
        if (blanked.Contains(comment.Id))
        {
            json["text"] = "";
            json["checklist"] = new JsonArray();
            json["replies"] = new JsonArray();
            json["attachment_files"] = new JsonArray();
        }

        if (!clients.Contains(comment.PersonId))
        {
            json["person"] = null;
        }

        if (comment.EditorId is { } editor && !clients.Contains(editor) && json.ContainsKey("editor"))
        {
            json["editor"] = null;
        }

        foreach (var reply in (json["replies"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (reply.ContainsKey("person") && !(Guid.TryParse(reply["person_id"]?.ToString(), out var author) && clients.Contains(author)))
            {
                reply["person"] = null;
            }
        }
    }
}
