using System.Text.Json.Nodes;
using Studio.Domain.Previews;

namespace Studio.Web.Api.Zou.Previews;

/// <summary>Zou's shapes of a preview.</summary>
public static class PreviewJson
{
    /// <summary>A preview's columns with the ids of the comments it is attached to (add-preview's answer).</summary>
    public static JsonObject WithComments(PreviewWithComments row) =>
        ZouSerializer.Serialize(row.Preview, new Dictionary<string, List<Guid>> { ["comments"] = [.. row.Comments] });

    /// <summary>Preview rows with their columns only (an entity's or a production's previews).</summary>
    public static JsonArray Rows(IEnumerable<PreviewFile> previews) => [.. previews.Select(p => (JsonNode?)ZouSerializer.Serialize(p))];

    /// <summary>A few of a preview's columns, in the order given (a comment's or a playlist's light previews).</summary>
    public static JsonObject Subset(PreviewFile preview, IReadOnlyList<string> keys)
    {
        var serialized = ZouSerializer.Serialize(preview);
        var json = new JsonObject();
        foreach (var key in keys)
        {
            json[key] = serialized[key]?.DeepClone();
        }

        return json;
    }
}
