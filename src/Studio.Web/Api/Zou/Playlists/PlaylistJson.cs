using System.Text.Json.Nodes;
using Studio.Domain.Playlists;
using Studio.Domain.Previews;
using Studio.Web.Api.Zou.Previews;

namespace Studio.Web.Api.Zou.Playlists;

/// <summary>Zou's shapes of a playlist, its entries and its previews.</summary>
public static class PlaylistJson
{
    private static readonly string[] LightKeys = ["id", "revision", "extension", "width", "height", "duration", "status", "task_id", "created_at"];

    /// <summary>
    /// <c>GET /data/projects/&lt;p&gt;/playlists/&lt;id&gt;</c>: the playlist's columns, its build jobs (<c>{id, status,
    /// created_at}</c>) and its stored entries, each entry whose preview exists given that preview's extension, revision,
    /// size, duration, status and task, and the other previews of its revision.
    /// </summary>
    public static JsonObject Detail(PlaylistDetail detail)
    {
        var json = ZouSerializer.Serialize(detail.Playlist);
        json["build_jobs"] = new JsonArray([.. detail.Jobs.Select(j => (JsonNode?)new JsonObject
        {
            ["id"] = j.Id.ToString(), ["status"] = j.Status, ["created_at"] = ZouSerializer.FormatDateTime(j.CreatedAt),
        })]);
        var shots = new JsonArray();
        foreach (var entry in (detail.Playlist.Shots as JsonArray ?? []).OfType<JsonObject>())
        {
            var item = (JsonObject)entry.DeepClone();
            if (Guid.TryParse(entry["preview_file_id"]?.ToString(), out var id) && detail.Previews.TryGetValue(id, out var played))
            {
                AddPreview(item, played.Preview);
                item["preview_file_previews"] = new JsonArray([.. played.Others.Select(p => (JsonNode?)PreviewJson.Subset(p, LightKeys))]);
            }

            shots.Add(item);
        }

        json["shots"] = shots;
        return json;
    }

    /// <summary><c>POST /data/projects/&lt;p&gt;/playlists/temp</c>: an entry per entity, named after it, with its preview.</summary>
    public static JsonArray Temp(IEnumerable<TaskPreviewEntry> entries) => [.. entries.Select(e =>
    {
        var item = new JsonObject
        {
            ["id"] = e.Entity.Id.ToString(),
            ["entity_id"] = e.Entity.Id.ToString(),
            ["name"] = e.Entity.Name,
            ["preview_file_id"] = e.Preview.Id.ToString(),
        };
        AddPreview(item, e.Preview);
        return (JsonNode?)item;
    })];

    /// <summary><c>GET /data/playlists/entities/&lt;id&gt;/preview-files</c>: the previews by task type id (<c>none</c> without one).</summary>
    public static JsonObject ByTaskType(IEnumerable<TaskTypePreviews> groups)
    {
        var json = new JsonObject();
        foreach (var group in groups)
        {
            json[group.TaskTypeId?.ToString() ?? "none"] = new JsonArray([.. group.Previews.Select(p => (JsonNode?)PreviewJson.Subset(p, LightKeys))]);
        }

        return json;
    }

    /// <summary>The fields an entry gives of its preview.</summary>
    private static void AddPreview(JsonObject item, PreviewFile preview)
    {
        item["preview_file_extension"] = preview.Extension;
        item["preview_file_revision"] = preview.Revision;
        item["preview_file_width"] = preview.Width;
        item["preview_file_height"] = preview.Height;
        item["preview_file_duration"] = ZouSerializer.ToJson(preview.Duration);
        item["preview_file_status"] = preview.Status;
        item["preview_file_task_id"] = preview.TaskId?.ToString();
    }
}
