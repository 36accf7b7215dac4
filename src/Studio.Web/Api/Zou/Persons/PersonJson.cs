using System.Text.Json.Nodes;
using Studio.Domain.Persons;

namespace Studio.Web.Api.Zou.Persons;

/// <summary>Zou's shapes of a person: the full row, the minimal view and the author view.</summary>
public static class PersonJson
{
    /// <summary>ZOU: <c>present_minimal</c>'s keys, in its order; those the full dict lacks are left out.</summary>
    private static readonly string[] MinimalKeys =
        ["id", "type", "first_name", "last_name", "full_name", "has_avatar", "active", "departments", "studio_id", "role", "desktop_login", "is_bot"];

    /// <summary>Zou's <c>serialize_safe</c> with its relations: the departments where the model declares them.</summary>
    public static JsonObject Detail(PersonDetail detail) =>
        ZouSerializer.Serialize(detail.Person, new Dictionary<string, List<Guid>> { ["departments"] = [.. detail.Departments] });

    /// <summary>ZOU: the login's user is serialized without relations, and its departments added after.</summary>
    public static JsonObject SignedIn(PersonDetail detail) =>
        ZouSerializer.SerializeThen(detail.Person, new Dictionary<string, List<Guid>> { ["departments"] = [.. detail.Departments] });

    /// <summary>A person's row, or its minimal view when the domain says the caller gets that one.</summary>
    public static JsonObject Row(Person person, bool minimal) => minimal ? Minimal(ZouSerializer.Serialize(person)) : ZouSerializer.Serialize(person);

    /// <summary>Zou's <c>present_minimal</c> of a person's full dict: what any signed-in person may know of another.</summary>
    public static JsonObject Minimal(JsonObject full)
    {
        var minimal = new JsonObject();
        foreach (var key in MinimalKeys.Where(full.ContainsKey))
        {
            minimal[key] = full[key]?.DeepClone();
        }

        return minimal;
    }

    /// <summary>A person as the author of a comment or of a news item: names, avatar flag, role and id.</summary>
    public static JsonObject? Author(Person? person) => person is null ? null : new JsonObject
    {
        ["first_name"] = person.FirstName,
        ["last_name"] = person.LastName,
        ["full_name"] = person.FullName,
        ["has_avatar"] = person.HasAvatar,
        ["role"] = person.Role,
        ["id"] = person.Id.ToString(),
    };
}
