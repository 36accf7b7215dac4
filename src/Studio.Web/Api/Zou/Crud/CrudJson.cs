using System.Text.Json.Nodes;
using Studio.Domain.Crud;
using Studio.Domain.Crud.Collections;
using Studio.Domain.Persons;
using Studio.Web.Api.Zou.Persons;

namespace Studio.Web.Api.Zou.Crud;

/// <summary>Zou's shapes of the <c>/data/&lt;collection&gt;</c> results: rows, lists and the pagination envelope.</summary>
public static class CrudJson
{
    /// <summary>
    /// A row: its columns in model order, <c>type</c>, then each relation's ids when they were asked for, shaped as the
    /// collection shows it (its trimmed view, what it adds beside the columns), and a token the write issued.
    /// </summary>
    public static JsonObject Row<T>(CrudRow<T> row)
        where T : class
    {
        var links = row.Links?.ToDictionary(l => l.Key, l => l.Value.ToList(), StringComparer.Ordinal);
        var json = ZouSerializer.Serialize(row.Row, links);
        if (row.Trimmed)
        {
            json = Trimmed(row.Row, json);
        }

        switch (row.Extras)
        {
            // ZOU: an entity's type is its kind (Asset, Shot…), not the model's name.
            case EntityKind kind:
                json["type"] = kind.Name;
                break;
            case ProjectStatusName status:
                json["project_status_name"] = status.Name;
                break;
            case ProjectFirstEpisode first:
                json["first_episode_id"] = first.EpisodeId?.ToString();
                break;
        }

        if (row.AccessToken is { } token)
        {
            json["access_token"] = token;
        }

        return json;
    }

    /// <summary>
    /// A list: a bare array, or Zou's pagination envelope when a page was asked for. <paramref name="fields"/> (the
    /// query's comma-separated <c>fields</c>) keeps only those keys of each row, with its <c>id</c> and <c>type</c>.
    /// </summary>
    public static JsonNode List<T>(CrudList<T> list, string? fields)
        where T : class
    {
        var kept = fields?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rows = new JsonArray([.. list.Rows.Select(r => (JsonNode?)KeepFields(Row(r), kept))]);
        return list.Page is { } page ? Paged(rows, page) : rows;
    }

    /// <summary>Zou's pagination envelope around a page of rows.</summary>
    public static JsonObject Paged(JsonArray rows, CrudPage page) => new()
    {
        ["data"] = rows,
        ["total"] = page.Total,
        ["nb_pages"] = page.NbPages,
        ["limit"] = page.Limit,
        ["offset"] = page.Offset,
        ["page"] = page.Page,
    };

    /// <summary>The short view of a row whose collection has one: a person's public fields, an organisation without
    /// its chat tokens.</summary>
    private static JsonObject Trimmed(object row, JsonObject json)
    {
        switch (row)
        {
            case Person:
                return PersonJson.Minimal(json);
            case Organisation:
                foreach (var key in OrganisationSecrets.ChatTokenFields)
                {
                    json.Remove(key);
                }

                return json;
            default:
                throw new InvalidOperationException($"{row.GetType().Name} rows have no trimmed view.");
        }
    }

    private static JsonObject KeepFields(JsonObject row, string[]? fields)
    {
        if (fields is null)
        {
            return row;
        }

        foreach (var key in row.Select(p => p.Key).ToList().Where(k => k is not ("id" or "type") && !fields.Contains(k)))
        {
            row.Remove(key);
        }

        return row;
    }
}
