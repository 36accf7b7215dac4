using System.Globalization;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Comments;

/// <summary>
/// A reply under a comment, one entry of the comment's stored <c>replies</c>: who wrote what and when, and the people
/// and departments it mentions. Replies stored by other tools may lack fields: their id is then empty, their text "".
/// </summary>
public sealed record CommentReply(Guid Id, Guid? PersonId, string Text, DateTime? Date, IReadOnlyList<Guid> Mentions, IReadOnlyList<Guid> DepartmentMentions)
{
    /// <summary>The replies stored on <paramref name="comment"/>, in their order (entries that are not objects are skipped).</summary>
    internal static List<CommentReply> Of(Comment comment) => [.. Stored(comment).Select(Read)];

    internal static IEnumerable<JsonObject> Stored(Comment comment) => (comment.Replies as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>The entry stored in the comment's <c>replies</c>. ZOU: a reply's <c>created_at</c> repeats its date.</summary>
    internal JsonObject ToStored()
    {
        var stamp = Date is { } date ? StoredJson.Time(date) : null;
        return new JsonObject
        {
            ["id"] = Id.ToString(),
            ["date"] = stamp,
            ["person_id"] = PersonId?.ToString(),
            ["text"] = Text,
            ["mentions"] = StoredJson.Ids(Mentions),
            ["department_mentions"] = StoredJson.Ids(DepartmentMentions),
            ["created_at"] = stamp,
        };
    }

    private static CommentReply Read(JsonObject reply) => new(
        IdOf(reply["id"]) ?? Guid.Empty,
        IdOf(reply["person_id"]),
        TextOf(reply["text"]) ?? "",
        DateTime.TryParse(TextOf(reply["date"]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : null,
        IdsOf(reply["mentions"]),
        IdsOf(reply["department_mentions"]));

    private static string? TextOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToString();

    private static Guid? IdOf(JsonNode? node) => Guid.TryParse(TextOf(node), out var id) ? id : null;

    private static List<Guid> IdsOf(JsonNode? node) => [.. (node as JsonArray ?? []).Select(IdOf).OfType<Guid>()];
}
