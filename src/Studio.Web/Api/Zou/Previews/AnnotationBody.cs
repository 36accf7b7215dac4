using System.Globalization;
using System.Text.Json.Nodes;
using Studio.Domain.Previews;

namespace Studio.Web.Api.Zou.Previews;

/// <summary>
/// Reads the body of <c>update-annotations</c>: <c>additions</c> and <c>updates</c> as <c>[{time, drawing: {objects}}]</c>,
/// <c>deletions</c> as <c>[{time, objects: [ids or objects with an id]}]</c>. ZOU: each list is optional, and what is
/// not of its shape in it (an entry that is not an object, a frame without drawing) is passed over, not refused.
/// </summary>
public static class AnnotationBody
{
    public static AnnotationChanges Read(JsonObject body) => new(Frames(body["additions"]), Frames(body["updates"]), Deletions(body["deletions"]));

    private static List<AnnotationFrame> Frames(JsonNode? list) =>
        [.. Objects(list).Select(f => new AnnotationFrame(Time(f["time"]), [.. Objects((f["drawing"] as JsonObject)?["objects"]).Select(Drawn)]))];

    private static List<AnnotationDeletion> Deletions(JsonNode? list) =>
        [.. Objects(list).Select(d => new AnnotationDeletion(Time(d["time"]), [.. (d["objects"] as JsonArray ?? []).Select(o => o is JsonObject x ? x["id"]?.ToString() : o?.ToString())]))];

    private static DrawnObject Drawn(JsonObject item) => new(item["id"]?.ToString(), item.ToJsonString());

    private static IEnumerable<JsonObject> Objects(JsonNode? list) => (list as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>A time in seconds, written as a number (or as text holding one); anything else is no time.</summary>
    private static double? Time(JsonNode? node) =>
        node is not null && double.TryParse(node.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var time) ? time : null;
}
