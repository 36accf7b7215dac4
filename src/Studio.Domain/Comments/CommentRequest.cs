using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Comments;

/// <summary>
/// A comment to post: the status the task moves to, the text, and the overrides only managers may use (author, date,
/// client visibility). The checklist is the client's own list, kept as it sent it (the JSON text of a list: Kitsu's
/// entries carry their text, checked flag, frame and revision), like an entity's free-form data.
/// </summary>
public sealed record CommentRequest(
    Guid TaskStatusId,
    string Text,
    Guid? PersonId = null,
    DateTime? CreatedAt = null,
    string? Checklist = null,
    IReadOnlyList<string>? Links = null,
    bool ForClient = false)
{
    /// <summary>The checklist to store: a list, empty when none was sent.</summary>
    internal JsonArray ChecklistItems()
    {
        if (string.IsNullOrEmpty(Checklist))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(Checklist) as JsonArray ?? throw new WrongParameterException("The checklist must be a list.");
        }
        catch (JsonException)
        {
            throw new WrongParameterException("The checklist must be a list.");
        }
    }
}
