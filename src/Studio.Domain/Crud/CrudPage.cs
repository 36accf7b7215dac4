using System.Text.Json.Nodes;

namespace Studio.Domain.Crud;

/// <summary>A list result: a bare array, or Zou's pagination envelope when a page was asked for.</summary>
public sealed record CrudPage(JsonArray Rows, int? Page, int Limit, int Total)
{
    public JsonNode ToJson()
    {
        if (Page is not { } page)
        {
            return Rows;
        }

        return new JsonObject
        {
            ["data"] = Rows,
            ["total"] = Total,
            ["nb_pages"] = Limit > 0 ? (int)(((long)Total + Limit - 1) / Limit) : 0,
            ["limit"] = Limit,
            ["offset"] = Math.Max((long)page - 1, 0) * Limit,
            ["page"] = page,
        };
    }
}
