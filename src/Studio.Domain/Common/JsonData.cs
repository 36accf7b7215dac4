using System.Text.Json.Nodes;

namespace Studio.Domain.Common;

/// <summary>Changes to a row's free-form <c>data</c> column, the studio's own metadata stored as JSON.</summary>
internal static class JsonData
{
    /// <summary>A copy of <paramref name="stored"/> (an object, or none) with <paramref name="changes"/>' keys set.</summary>
    public static JsonObject MergedCopy(JsonNode? stored, JsonObject changes)
    {
        var merged = stored is JsonObject current ? (JsonObject)current.DeepClone() : [];
        foreach (var (key, value) in changes)
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }
}
