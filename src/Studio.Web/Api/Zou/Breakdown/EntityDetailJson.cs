using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;

namespace Studio.Web.Api.Zou.Breakdown;

/// <summary>The single-entity routes (<c>GET /data/shots/&lt;id&gt;</c>…), in Zou's shape of each kind.</summary>
public static class EntityDetailJson
{
    /// <summary>
    /// ZOU: a shot or a concept is its <c>with-tasks</c> row updated with the serialized entity; an asset is the
    /// serialized entity (without <c>source_id</c> and <c>nb_frames</c>, with its production's and type's names)
    /// updated with its <c>with-tasks</c> row; an edit is its <c>with-tasks</c> row; sequences, episodes and scenes are
    /// serialized with their production's name, a scene's sequence, and a sequence's or a scene's episode.
    /// </summary>
    public static JsonObject Write(EntityDetail detail)
    {
        var (entity, kind) = (detail.Entity, detail.Kind);
        if (kind is "Shot" or EntityKinds.Asset or "Edit" or "Concept")
        {
            var row = detail.Row is { } listed ? EntitiesWithTasksJson.Row(listed) : [];
            if (kind == "Edit")
            {
                return row;
            }

            var serialized = EntityJson.Serialize(entity, kind, detail.Relations);
            if (kind != EntityKinds.Asset)
            {
                return Merge(row, serialized);
            }

            serialized.Remove("source_id");
            serialized.Remove("nb_frames");
            serialized["project_name"] = detail.ProjectName;
            serialized["asset_type_id"] = entity.EntityTypeId.ToString();
            serialized["asset_type_name"] = detail.TypeName;
            return Merge(serialized, row);
        }

        var json = EntityJson.Serialize(entity, kind);
        json["project_name"] = detail.ProjectName;
        if (kind == "Scene")
        {
            json["sequence_id"] = detail.Sequence?.Id.ToString();
            json["sequence_name"] = detail.Sequence?.Name;
        }

        if (kind is "Sequence" or "Scene" && detail.Episode is { } episode)
        {
            json["episode_id"] = episode.Id.ToString();
            json["episode_name"] = episode.Name;
        }

        return json;
    }

    /// <summary>Python's <c>dict.update</c>: <paramref name="update"/>'s values replace the target's in place, new keys go last.</summary>
    private static JsonObject Merge(JsonObject target, JsonObject update)
    {
        foreach (var (key, value) in update.ToList())
        {
            target[key] = value?.DeepClone();
        }

        return target;
    }
}
