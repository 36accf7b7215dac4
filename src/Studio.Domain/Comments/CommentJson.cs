using System.Text.Json.Nodes;
using Studio.Domain.Persons;

namespace Studio.Domain.Comments;

/// <summary>The short author of the news feed, which still writes Zou's JSON itself; the comment routes write theirs in the API.</summary>
internal static class CommentJson
{
    public static JsonObject? ShortPerson(Person? person) => person is null ? null : new JsonObject
    {
        ["first_name"] = person.FirstName,
        ["last_name"] = person.LastName,
        ["full_name"] = person.FullName,
        ["has_avatar"] = person.HasAvatar,
        ["role"] = person.Role,
        ["id"] = person.Id.ToString(),
    };
}
