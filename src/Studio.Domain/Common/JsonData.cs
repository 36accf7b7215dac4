using System.Text.Json.Nodes;

namespace Studio.Domain.Common;

/// <summary>Zou's handling of free-form <c>data</c> columns.</summary>
public static class JsonData
{
    /// <summary>
    /// ZOU: a PUT of <c>data</c> on entities and tasks is merged (shallow) into the stored data, not replacing it.
    /// Rewrites <paramref name="body"/>'s <c>data</c> to the merged object.
    /// </summary>
    public static void MergeInto(JsonObject body, JsonNode? stored)
    {
        if (body["data"] is not JsonObject incoming || stored is not JsonObject current)
        {
            return;
        }

        var merged = (JsonObject)current.DeepClone();
        foreach (var (key, value) in incoming)
        {
            merged[key] = value?.DeepClone();
        }

        body["data"] = merged;
    }

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
