using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;

namespace Studio.Web.Api.Zou.Breakdown;

/// <summary>
/// An entity as Zou's breakdown routes serialize it (creation, read, lists): <c>id</c> first, the columns, then with
/// relations <c>entities_out</c>, <c>entity_concept_links</c>, <c>instance_casting</c> after <c>created_by</c>, the
/// times, <c>entities_in</c>, and the kind as <c>type</c>.
/// </summary>
public static class EntityJson
{
    private static readonly string[] Relations = ["entities_out", "entity_concept_links", "instance_casting"];

    public static JsonObject Serialize(Entity entity, string kind, IReadOnlyDictionary<string, List<Guid>>? relations = null)
    {
        var columns = ZouSerializer.Serialize(entity);
        var json = new JsonObject { ["id"] = entity.Id.ToString() };
        foreach (var (key, value) in columns)
        {
            if (key is not ("id" or "created_at" or "updated_at" or "type"))
            {
                json[key] = value?.DeepClone();
            }
        }

        if (relations is not null)
        {
            foreach (var name in Relations)
            {
                json[name] = ZouSerializer.IdList(relations.TryGetValue(name, out var ids) ? ids : []);
            }
        }

        json["created_at"] = columns["created_at"]?.DeepClone();
        json["updated_at"] = columns["updated_at"]?.DeepClone();
        if (relations is not null)
        {
            json["entities_in"] = ZouSerializer.IdList(relations.TryGetValue("entities_in", out var ids) ? ids : []);
        }

        json["type"] = kind;
        return json;
    }

    /// <summary>
    /// A listed entity; ZOU: the shot lists add its production's and sequence's names (<c>project_name</c>,
    /// <c>sequence_name</c>) after its <c>type</c>.
    /// </summary>
    public static JsonObject Listed(ListedEntity listed)
    {
        var json = Serialize(listed.Entity, listed.Kind);
        if (listed.WithNames)
        {
            json["project_name"] = listed.ProjectName;
            json["sequence_name"] = listed.SequenceName;
        }

        return json;
    }

    public static JsonArray List(IEnumerable<ListedEntity> entities) => [.. entities.Select(e => (JsonNode?)Listed(e))];

    /// <summary>Entities of one kind.</summary>
    public static JsonArray All(IEnumerable<Entity> entities, string kind) => [.. entities.Select(e => (JsonNode?)Serialize(e, kind))];
}
