using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persons;
using Studio.Domain.Planning;
using Studio.Domain.Playlists;
using Studio.Domain.Projects;

namespace Studio.Web.Api.Zou.Crud;

/// <summary>
/// Zou's wire quirks of some collections' bodies: values it accepts in another form, rewritten before the body is read,
/// and keys it reads its own way. Rules on the values themselves are the domain's.
/// </summary>
internal static class CrudBodyRules
{
    /// <summary>Rewrites what a body sends in another form than the column's.</summary>
    public static void Rewrite<T>(JsonObject body, bool update)
    {
        if (typeof(T) == typeof(Playlist))
        {
            RewritePlaylist(body, update);
        }
        else if (typeof(T) == typeof(ScheduleItem) && update && body["man_days"]?.GetValueKind() == JsonValueKind.String)
        {
            // ZOU: a man_days sent as a string is ignored on update.
            body.Remove("man_days");
        }
        else if (typeof(T) == typeof(Entity) && update && Text(body["source_id"]) == "null")
        {
            // ZOU: "null" as a string clears an entity's source_id on update.
            body["source_id"] = null;
        }
    }

    /// <summary>A key as the collection reads it, given its ordinary reading <paramref name="read"/>.</summary>
    public static CrudChange Read<T>(CrudChange read, JsonNode? value)
    {
        if (typeof(T) == typeof(Person))
        {
            return read.Key switch
            {
                // Not a column: the creation hashes it.
                "password" => read with { Value = Text(value) },
                "expiration_date" => ExpirationDate(read, value),
                _ => read,
            };
        }

        if (typeof(T) != typeof(Project) || read.Key != "project_template_id" || value is null)
        {
            return read;
        }

        // Not a column: the creation copies the template; an id that is no id finds no template.
        return Guid.TryParse(Text(value), out var template)
            ? read with { Value = template }
            : read with { Error = new WrongParameterException(ProjectSetup.TemplateNotFound) };
    }

    /// <summary>
    /// ZOU: <c>episode_id</c> "all" means a playlist for every episode (<c>is_for_all</c>) and "main" the episode-less
    /// part of a TV show, both stored as NULL; a <c>task_type_id</c> that is not an id is none; the <c>shots</c> of a
    /// PUT are reduced to <c>{entity_id, preview_file_id}</c>, dropping items without a preview.
    /// </summary>
    private static void RewritePlaylist(JsonObject body, bool update)
    {
        if (Text(body["episode_id"]) is "all" or "main")
        {
            body["is_for_all"] = Text(body["episode_id"]) == "all";
            body["episode_id"] = null;
        }

        if (body.ContainsKey("task_type_id") && !Guid.TryParse(Text(body["task_type_id"]), out _))
        {
            body["task_type_id"] = null;
        }

        if (update && body["shots"] is JsonArray shots)
        {
            body["shots"] = new JsonArray([.. shots.OfType<JsonObject>()
                .Where(s => Guid.TryParse(Text(s["preview_file_id"]), out _))
                .Select(s => (JsonNode)new JsonObject { ["entity_id"] = s["entity_id"]?.DeepClone(), ["preview_file_id"] = s["preview_file_id"]!.DeepClone() })]);
        }
    }

    /// <summary>ZOU: exactly a <c>YYYY-MM-DD</c> date, no time; a value that is no date at all keeps the ordinary refusal.</summary>
    private static CrudChange ExpirationDate(CrudChange read, JsonNode? value) =>
        read.Error is null && value is not null
            && !DateOnly.TryParseExact(Text(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? read with { Value = null, Error = new WrongParameterException("Expiration date is not valid.") }
            : read;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
