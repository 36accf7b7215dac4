using System.Globalization;
using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;

namespace Studio.Web.Api.Zou.Breakdown;

/// <summary>Zou's shapes of the casting: an entity's casting, the casting maps, where an asset is cast, the casting links.</summary>
public static class CastingJson
{
    /// <summary>An entity's casting: each asset with its type, readiness, episode, sharing and production.</summary>
    public static JsonArray Casting(IEnumerable<CastAsset> casting) => [.. casting.Select(c => (JsonNode?)new JsonObject
    {
        ["asset_id"] = c.AssetId.ToString(),
        ["asset_name"] = c.AssetName,
        ["asset_type_name"] = c.AssetTypeName,
        ["ready_for"] = c.ReadyFor?.ToString(),
        ["episode_id"] = c.EpisodeId?.ToString(),
        ["preview_file_id"] = c.PreviewFileId?.ToString(),
        ["nb_occurences"] = c.NbOccurences,
        ["label"] = c.Label,
        ["is_shared"] = c.IsShared,
        ["project_id"] = c.ProjectId.ToString(),
    })];

    /// <summary>
    /// ZOU's bulk casting maps, <c>{entity_id: [{asset_id, name, asset_name, asset_type_name, (sequence_name),
    /// preview_file_id, nb_occurences, label}]}</c>, where <c>name</c> is the asset's name again; the shots' maps
    /// (<paramref name="withSequence"/>) name each shot's sequence.
    /// </summary>
    public static JsonObject Map(IEnumerable<EntityCasting> map, bool withSequence)
    {
        var json = new JsonObject();
        foreach (var entity in map)
        {
            json[entity.EntityId.ToString()] = new JsonArray([.. entity.Assets.Select(c =>
            {
                var item = new JsonObject
                {
                    ["asset_id"] = c.AssetId.ToString(),
                    ["name"] = c.AssetName, // ZOU: "name" repeats the asset's name (the joined entity is the asset).
                    ["asset_name"] = c.AssetName,
                    ["asset_type_name"] = c.AssetTypeName,
                };
                if (withSequence)
                {
                    item["sequence_name"] = entity.ParentName;
                }

                item["preview_file_id"] = c.PreviewFileId?.ToString();
                item["nb_occurences"] = c.NbOccurences;
                item["label"] = c.Label;
                return (JsonNode?)item;
            })]);
        }

        return json;
    }

    /// <summary>ZOU <c>get_cast_in</c>: the shots using an asset, then the assets using it, in one list of two shapes.</summary>
    public static JsonArray CastIn(CastIn castIn) =>
    [
        .. castIn.Shots.Select(s => (JsonNode?)new JsonObject
        {
            ["shot_id"] = s.ShotId.ToString(),
            ["shot_name"] = s.ShotName,
            ["sequence_name"] = s.SequenceName,
            ["episode_id"] = s.EpisodeId?.ToString() ?? "None", // ZOU: str() of a missing episode id.
            ["episode_name"] = s.EpisodeName,
            ["preview_file_id"] = s.PreviewFileId?.ToString(),
            ["nb_occurences"] = s.NbOccurences,
        }),
        .. castIn.Assets.Select(a => (JsonNode?)new JsonObject
        {
            ["asset_id"] = a.AssetId.ToString(),
            ["asset_name"] = a.AssetName,
            ["asset_type_name"] = a.AssetTypeName,
            ["preview_file_id"] = a.PreviewFileId?.ToString(),
            ["nb_occurences"] = a.NbOccurences,
        }),
    ];

    /// <summary>
    /// A production's casting links: a bare list, Zou's page envelope, or after a cursor <c>{data, total, limit}</c>;
    /// ZOU: a link's <c>created_at</c> carries its milliseconds.
    /// </summary>
    public static JsonNode EntityLinks(EntityLinksPage page)
    {
        JsonArray links = [.. page.Links.Select(l => (JsonNode?)new JsonObject
        {
            ["id"] = l.Id.ToString(),
            ["entity_in_id"] = l.EntityInId.ToString(),
            ["entity_out_id"] = l.EntityOutId.ToString(),
            ["nb_occurences"] = l.NbOccurences,
            ["label"] = l.Label,
            ["data"] = l.Data?.DeepClone(),
            ["created_at"] = l.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture),
            ["type"] = "EntityLink",
        })];
        if (page.AfterCursor)
        {
            return new JsonObject { ["data"] = links, ["total"] = page.Total, ["limit"] = page.Limit };
        }

        if (page.Page is not { } number)
        {
            return links;
        }

        return new JsonObject
        {
            ["data"] = links,
            ["total"] = page.Total,
            ["nb_pages"] = page.Limit > 0 ? (int)(((long)page.Total + page.Limit - 1) / page.Limit) : 0,
            ["limit"] = page.Limit,
            ["offset"] = Math.Max((long)number - 1, 0) * page.Limit,
            ["page"] = number,
        };
    }
}
