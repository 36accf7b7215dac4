using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Previews;

namespace Studio.Web.Api.Zou.Previews;

/// <summary>Zou's shapes of a preview.</summary>
public static class PreviewJson
{
    /// <summary>A preview's columns with the ids of the comments it is attached to (add-preview's answer).</summary>
    public static JsonObject WithComments(PreviewWithComments row) =>
        ZouSerializer.Serialize(row.Preview, new Dictionary<string, List<Guid>> { ["comments"] = [.. row.Comments] });

    /// <summary>Preview rows with their columns only (lists, the upload's and the annotations' answers).</summary>
    public static JsonArray Rows(IEnumerable<PreviewFile> previews) => [.. previews.Select(p => (JsonNode?)ZouSerializer.Serialize(p))];
}
