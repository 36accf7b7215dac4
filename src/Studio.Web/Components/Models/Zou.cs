using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Studio.Web.Components.Models;

/// <summary>Reads the Zou-shaped JSON the domain services return into the UI's typed views.</summary>
public static class Zou
{
    public static string? Str(this JsonNode? node, string key) => node?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?[key]?.ToString();

    public static string Text(this JsonNode? node, string key) => node.Str(key) ?? "";

    public static Guid? GuidOf(this JsonNode? node, string key) => Guid.TryParse(node.Str(key), out var id) ? id : null;

    public static Guid IdOf(this JsonNode? node) => node.GuidOf("id") ?? Guid.Empty;

    public static bool Bool(this JsonNode? node, string key) => node?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    public static int Whole(this JsonNode? node, string key) => (int)node.Number(key);

    /// <summary>A number whether the JSON was parsed or built from a C# int, long or double.</summary>
    public static double Number(this JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0;

    public static DateTime? Date(this JsonNode? node, string key) =>
        DateTime.TryParse(node.Str(key), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;

    public static List<Guid> Ids(this JsonNode? node, string key) =>
        node?[key] is JsonArray a ? [.. a.Select(x => Guid.TryParse(x?.ToString(), out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)] : [];

    public static IEnumerable<JsonNode> Items(this JsonNode? node) => node is JsonArray a ? a.OfType<JsonNode>() : [];

    /// <summary>Zou's date (<c>2026-01-31</c>) for a date-only field.</summary>
    public static string? DateOnlyText(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
