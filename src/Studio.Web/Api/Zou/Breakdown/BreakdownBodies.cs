using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;

namespace Studio.Web.Api.Zou.Breakdown;

/// <summary>Reads the breakdown routes' request bodies and queries into the domain's commands, with Zou's answers to bad input.</summary>
public static class BreakdownBodies
{
    private static readonly BodySchema ShotUpdateSchema = new BodySchema()
        .Field("name", BodyField.Name).Field("description", BodyField.Text).Field("nb_frames", BodyField.WholeNumber)
        .Field("data", BodyField.Dictionary).Field("canceled", BodyField.Boolean);

    /// <summary>
    /// A shot update's body, checked by Zou's UpdateShotSchema; its <c>parent_id</c> (a sequence) left as an id or
    /// none: ZOU: an empty text, "None" or "null" means no sequence; anything else must be a UUID.
    /// </summary>
    public static void ShotUpdate(JsonObject body)
    {
        ShotUpdateSchema.Validate(body);
        if (!body.ContainsKey("parent_id"))
        {
            return;
        }

        var node = body["parent_id"];
        var text = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        body["parent_id"] = node is null || text is "" or "None" or "null"
            ? null
            : Guid.TryParse(text, out var id) ? id.ToString() : throw ValidationException.For("parent_id", "Input should be a valid UUID");
    }

    /// <summary>
    /// A creation route's body, checked by Zou's schema of the kind (NewShotSchema, NewSequenceSchema…): the name,
    /// description, data and status; a shot's sequence and frames, a scene's sequence, a sequence's or an edit's
    /// episode, an asset's episode and sharing, a concept's linked entities.
    /// </summary>
    public static NewEntity Creation(string kind, JsonObject body)
    {
        CreationSchema(kind).Validate(body);
        if (kind == "Edit" && JsonBody.GetString(body, "episode_id") is { Length: < 36 })
        {
            // ZOU: an edit's episode id shorter than a UUID means no episode.
            body["episode_id"] = null;
        }

        var draft = new Entity
        {
            Name = JsonBody.GetString(body, "name")!,
            Description = JsonBody.GetString(body, "description"),
            Data = body["data"] is JsonObject data ? data.DeepClone() : null,
            Status = JsonBody.GetString(body, "status") ?? "running",
            ParentId = kind switch
            {
                "Shot" or "Scene" => ParentId(body, "sequence_id"),
                "Sequence" or "Edit" => ParentId(body, "episode_id"),
                _ => null,
            },
            SourceId = kind == EntityKinds.Asset ? ParentId(body, "episode_id") : null,
            NbFrames = kind == "Shot" && body["nb_frames"] is JsonValue n && n.GetValueKind() == JsonValueKind.Number && n.TryGetValue<int>(out var frames) ? frames : null,
            IsShared = kind == EntityKinds.Asset && body["is_shared"]?.GetValueKind() == JsonValueKind.True,
        };
        var links = kind == "Concept" && body["entity_concept_links"] is JsonArray list
            ? [.. list.Select(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String && Guid.TryParse(v.GetValue<string>(), out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)]
            : new List<Guid>();
        return new NewEntity(draft, links);
    }

    /// <summary>
    /// ZOU: a casting body is a list of <c>{asset_id, nb_occurences, label}</c>; items without an asset id or a number
    /// of occurrences are ignored, a fractional number is cut.
    /// </summary>
    public static List<CastingEntry> Casting(JsonNode body)
    {
        var list = body as JsonArray ?? throw new WrongParameterException("Request body must be a JSON array");
        var casting = new List<CastingEntry>();
        foreach (var item in list.OfType<JsonObject>())
        {
            if (Guid.TryParse(JsonBody.GetString(item, "asset_id"), out var assetId) && item["nb_occurences"] is JsonValue n && n.GetValueKind() == JsonValueKind.Number)
            {
                casting.Add(new CastingEntry(assetId, n.TryGetValue<int>(out var count) ? count : (int)n.GetValue<double>(), JsonBody.GetString(item, "label")));
            }
        }

        return casting;
    }

    /// <summary>
    /// The castings of several entities, <c>{entity_id: [casting]}</c>, read one entity at a time as the sequence is
    /// enumerated: a malformed id or casting is a 400 when the service reaches it.
    /// </summary>
    public static IEnumerable<CastingChange> Castings(JsonNode body)
    {
        var map = body as JsonObject ?? throw new WrongParameterException("Request body must be a JSON object mapping entity ids to casting arrays");
        return map.Select(p => new CastingChange(
            Guid.TryParse(p.Key, out var id) ? id : throw new WrongParameterException("Malformed ID."),
            Casting(p.Value as JsonArray ?? throw new WrongParameterException("A casting must be a list."))));
    }

    /// <summary>
    /// <c>POST /actions/…/assets/share</c>: the assets named by <c>asset_ids</c> (required without a production), and
    /// whether they become shared (<c>is_shared</c>, true unless false).
    /// </summary>
    public static (List<Guid>? AssetIds, bool IsShared) Share(JsonObject body, bool idsRequired)
    {
        List<Guid>? ids = null;
        if (body["asset_ids"] is JsonArray list)
        {
            ids = [.. list.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Ids.Parse(v.GetValue<string>()) : throw new WrongParameterException("Malformed ID."))];
        }
        else if (idsRequired)
        {
            throw new WrongParameterException("asset_ids is required.");
        }

        new BodySchema().Field("is_shared", BodyField.Boolean).Validate(body);
        return (ids, body["is_shared"]?.GetValueKind() != JsonValueKind.False);
    }

    /// <summary>ZOU <c>POST /data/scenes/&lt;id&gt;/shots</c> <c>{shot_id}</c>.</summary>
    public static Guid SceneShot(JsonObject body)
    {
        new BodySchema().Field("shot_id", BodyField.Text, required: true).Validate(body);
        return Guid.TryParse(JsonBody.GetString(body, "shot_id"), out var id) ? id : throw new WrongParameterException("Malformed ID.");
    }

    /// <summary>The optional id of a body key: absent or not a string is none, a string that is not a UUID a 400.</summary>
    public static Guid? OptionalId(JsonObject body, string key) => JsonBody.GetString(body, key) is { } text
        ? Guid.TryParse(text, out var id) ? id : throw new WrongParameterException($"Invalid {key}.")
        : null;

    /// <summary>The paging of <c>GET /data/projects/&lt;p&gt;/entity-links</c>: <c>page</c>, <c>limit</c>, <c>cursor_created_at</c>.</summary>
    public static (int? Page, int? Limit, DateTime? Cursor) LinksPaging(IReadOnlyDictionary<string, string> query)
    {
        var cursor = query.TryGetValue("cursor_created_at", out var text) && text.Length > 0
            ? DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
                ? at : throw new WrongParameterException("Invalid cursor_created_at.")
            : (DateTime?)null;
        return (Int(query, "page"), Int(query, "limit"), cursor);
    }

    /// <summary>ZOU: the request schema of each kind's creation route (NewShotSchema, NewSequenceSchema…).</summary>
    private static BodySchema CreationSchema(string kind)
    {
        var schema = new BodySchema().Field("name", BodyField.Name, required: true);
        if (kind != "Scene")
        {
            schema.Field("description", BodyField.Text).Field("data", BodyField.Dictionary);
        }

        return kind switch
        {
            "Shot" => schema.Field("nb_frames", BodyField.WholeNumber),
            "Episode" => schema.Field("status", BodyField.Text),
            EntityKinds.Asset => schema.Field("is_shared", BodyField.Boolean),
            _ => schema,
        };
    }

    /// <summary>ZOU: the id a new entity is created under; empty, <c>"None"</c> or <c>"null"</c> is none.</summary>
    private static Guid? ParentId(JsonObject body, string key) => JsonBody.GetString(body, key) switch
    {
        null or "" or "None" or "null" => null,
        var text => Guid.TryParse(text, out var id) ? id : throw new WrongParameterException($"Invalid {key}."),
    };

    private static int? Int(IReadOnlyDictionary<string, string> query, string key) =>
        !query.TryGetValue(key, out var text) ? null
            : int.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : throw new WrongParameterException($"{key} must be an integer.");
}
