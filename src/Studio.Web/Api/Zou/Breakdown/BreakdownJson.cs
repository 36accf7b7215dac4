using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;

namespace Studio.Web.Api.Zou.Breakdown;

/// <summary>Zou's shapes of the breakdown's smaller reads: asset types, asset instances, entity versions.</summary>
public static class BreakdownJson
{
    public static JsonArray AssetTypes(IEnumerable<AssetTypeItem> types) => [.. types.Select(t => (JsonNode?)AssetType(t))];

    /// <summary>ZOU: an asset type as Zou lists it, with its task types when the list carries them, in Zou's key order.</summary>
    public static JsonObject AssetType(AssetTypeItem item)
    {
        var type = item.Type;
        var json = new JsonObject { ["name"] = type.Name, ["short_name"] = type.ShortName, ["description"] = type.Description };
        if (item.TaskTypeIds is { } taskTypes)
        {
            json["task_types"] = ZouSerializer.IdList(taskTypes);
        }

        json["archived"] = type.Archived;
        json["id"] = type.Id.ToString();
        json["created_at"] = ZouSerializer.FormatDateTime(type.CreatedAt);
        json["updated_at"] = ZouSerializer.FormatDateTime(type.UpdatedAt);
        json["type"] = "AssetType";
        return json;
    }

    /// <summary>Instances grouped as <c>{id: [instance]}</c>.</summary>
    public static JsonObject Instances(IEnumerable<InstanceGroup> groups)
    {
        var json = new JsonObject();
        foreach (var group in groups)
        {
            json[group.Key.ToString()] = new JsonArray([.. group.Instances.Select(i => (JsonNode?)ZouSerializer.Serialize(i))]);
        }

        return json;
    }

    /// <summary>An entity's versions; ZOU: their <c>type</c> is the kind's (<c>ShotVersion</c>, <c>EditVersion</c>).</summary>
    public static JsonArray Versions(IEnumerable<EntityVersion> versions, string kind) => [.. versions.Select(v =>
    {
        var json = ZouSerializer.Serialize(v);
        json["type"] = kind + "Version";
        return (JsonNode?)json;
    })];
}
