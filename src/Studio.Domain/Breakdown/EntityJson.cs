using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Transitional, for the areas that still write entities as JSON in the domain (previews, task review): an entity as
/// Zou's breakdown routes serialize it. The API's writer is <c>Studio.Web.Api.Zou.Breakdown.EntityJson</c>; this copy
/// goes once those areas are converted.
/// </summary>
internal static class EntityJson
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
}
