using System.Text.Json.Nodes;

namespace Studio.Domain.Comments;

/// <summary>
/// ZOU: what a client reading a task's comments gets: studio comments carrying previews come with their
/// text, attachments, checklist and replies blanked; people who are not clients (authors, editors, repliers) are
/// not named; rejected previews are not listed.
/// </summary>
internal sealed class ClientCommentView(IReadOnlySet<Guid> blanked, IReadOnlySet<Guid> clients)
{
    public const string Rejected = "rejected";

    public static bool ShowsPreview(string? validationStatus) => validationStatus != Rejected;

    /// <summary>Whether the comment is shown blanked (a studio comment listed only for its previews).</summary>
    public bool Blanks(Guid commentId) => blanked.Contains(commentId);

    /// <summary>Whether the client sees <paramref name="person"/> named: only other clients are.</summary>
    public bool Names(Guid person) => clients.Contains(person);

    /// <summary>The comment as the client reads it: a blanked comment is a copy without text, checklist nor replies.</summary>
    public Comment Shown(Comment comment)
    {
        if (!Blanks(comment.Id))
        {
            return comment;
        }

        var copy = comment.Copy();
        copy.Text = "";
        copy.Checklist = new JsonArray();
        copy.Replies = new JsonArray();
        return copy;
    }
}
