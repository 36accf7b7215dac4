using System.Globalization;
using System.Text.Json.Nodes;

namespace Studio.Domain.Previews;

/// <summary>
/// ZOU's annotation edits: annotations are <c>[{time, drawing: {objects: [{id, …}]}}]</c>; additions merge
/// objects into the frame of their time (ids given when missing), updates replace objects by id, deletions
/// remove them; a frame left without objects is dropped.
/// </summary>
internal static class Annotations
{
    public static JsonArray Apply(JsonArray current, AnnotationChanges changes)
    {
        var frames = current.OfType<JsonObject>().Select(f => (JsonObject)f.DeepClone()).ToList();
        foreach (var addition in changes.Additions)
        {
            var objects = Objects(FrameAt(frames, addition.Time));
            foreach (var item in addition.Objects)
            {
                var copy = Parse(item);
                copy["id"] ??= Guid.NewGuid().ToString();
                objects.Add(copy);
            }
        }

        foreach (var update in changes.Updates)
        {
            var objects = Objects(FrameAt(frames, update.Time));
            foreach (var item in update.Objects)
            {
                var index = objects.Select((o, i) => (o, i)).FirstOrDefault(x => x.o?["id"]?.ToString() == item.Id).i;
                if (item.Id is not null && objects.Count > index && objects[index]?["id"]?.ToString() == item.Id)
                {
                    objects[index] = Parse(item);
                }
                else
                {
                    objects.Add(Parse(item));
                }
            }
        }

        foreach (var deletion in changes.Deletions)
        {
            var ids = deletion.ObjectIds.ToHashSet();
            var frame = frames.FirstOrDefault(f => SameTime(Time(f["time"]), deletion.Time ?? 0));
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

    private static JsonObject Parse(DrawnObject item) =>
        JsonNode.Parse(item.Json) as JsonObject ?? throw new ArgumentException("A drawn object is a JSON object.", nameof(item));

    private static JsonObject FrameAt(List<JsonObject> frames, double? time)
    {
        var frame = frames.FirstOrDefault(f => SameTime(Time(f["time"]), time ?? 0));
        if (frame is null)
        {
            frame = new JsonObject { ["time"] = time, ["drawing"] = new JsonObject { ["objects"] = new JsonArray() } };
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

    private static bool SameTime(double a, double b) => Math.Abs(a - b) < 1e-6;

    /// <summary>A stored frame's time; a time stored as text (or none) is read as it was written (or 0).</summary>
    private static double Time(JsonNode? node) =>
        node is not null && double.TryParse(node.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : 0;
}
