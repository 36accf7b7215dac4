using System.Globalization;
using System.Text.Json.Nodes;

namespace Studio.Domain.Previews;

/// <summary>
/// ZOU's annotation edits: annotations are <c>[{time, drawing: {objects: [{id, …}]}}]</c>; additions merge
/// objects into the frame of their time (ids given when missing), updates replace objects by id, deletions
/// <c>{time, objects: [ids]}</c> remove them; a frame left without objects is dropped.
/// </summary>
public static class Annotations
{
    public static JsonArray Apply(JsonArray current, JsonObject body)
    {
        var frames = current.OfType<JsonObject>().Select(f => (JsonObject)f.DeepClone()).ToList();
        foreach (var addition in (body["additions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var frame = FrameAt(frames, addition["time"]);
            var objects = Objects(frame);
            foreach (var item in Objects(addition).OfType<JsonObject>())
            {
                var copy = (JsonObject)item.DeepClone();
                copy["id"] ??= Guid.NewGuid().ToString();
                objects.Add(copy);
            }
        }

        foreach (var update in (body["updates"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var frame = FrameAt(frames, update["time"]);
            var objects = Objects(frame);
            foreach (var item in Objects(update).OfType<JsonObject>())
            {
                var id = item["id"]?.ToString();
                var index = objects.Select((o, i) => (o, i)).FirstOrDefault(x => x.o?["id"]?.ToString() == id).i;
                if (id is not null && objects.Count > index && objects[index]?["id"]?.ToString() == id)
                {
                    objects[index] = item.DeepClone();
                }
                else
                {
                    objects.Add(item.DeepClone());
                }
            }
        }

        foreach (var deletion in (body["deletions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var ids = (deletion["objects"] as JsonArray ?? []).Select(o => o is JsonObject x ? x["id"]?.ToString() : o?.ToString()).ToHashSet();
            var frame = frames.FirstOrDefault(f => SameTime(f["time"], deletion["time"]));
            if (frame is null)
            {
                continue;
            }

            var objects = Objects(frame);
            foreach (var item in objects.Where(o => ids.Contains(o?["id"]?.ToString())).ToList())
            {
                objects.Remove(item);
            }
        }

        return [.. frames.Where(f => Objects(f).Count > 0).OrderBy(f => Time(f["time"])).Select(f => (JsonNode?)f)];
    }

    private static JsonObject FrameAt(List<JsonObject> frames, JsonNode? time)
    {
        var frame = frames.FirstOrDefault(f => SameTime(f["time"], time));
        if (frame is null)
        {
            frame = new JsonObject { ["time"] = time?.DeepClone(), ["drawing"] = new JsonObject { ["objects"] = new JsonArray() } };
            frames.Add(frame);
        }

        return frame;
    }

    private static JsonArray Objects(JsonObject frame)
    {
        if (frame["drawing"] is not JsonObject drawing)
        {
            drawing = [];
            frame["drawing"] = drawing;
        }

        if (drawing["objects"] is not JsonArray objects)
        {
            objects = [];
            drawing["objects"] = objects;
        }

        return objects;
    }

    private static bool SameTime(JsonNode? a, JsonNode? b) => Math.Abs(Time(a) - Time(b)) < 1e-6;

    private static double Time(JsonNode? node) =>
        node is not null && double.TryParse(node.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : 0;
}
