using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Planning;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api.Projects;

/// <summary>
/// Zou's quota tables of a production: frames, seconds, shots and drawings made per day, ISO week, month and year, by
/// person for a task type, or by task type for a person, counted as <c>count_mode</c> says (weighted, weighteddone,
/// feedback or done), optionally for the people of one studio (<c>studio_id</c>).
/// </summary>
public static class ProjectQuotasEndpoints
{
    /// <summary>ZOU: the message of these routes, misspelling included.</summary>
    private const string CountModeMessage = "count_mode must be equal to weighted, weigtheddone, feedback, or done";

    public static IEndpointRouteBuilder MapProjectQuotasEndpoints(this IEndpointRouteBuilder api)
    {
        var quotas = api.MapGroup("/data/projects/{project_id}/quotas").WithTags("Projects");
        quotas.MapGet("/{task_type_id}", TaskType).WithName("Projects_TaskTypeQuotas").WithSummary("A task type's quotas in a production, per person");
        quotas.MapGet("/persons/{person_id}", Person).WithName("Projects_PersonQuotas").WithSummary("A person's quotas in a production, per task type");
        return api;
    }

    private static async Task<IResult> TaskType(ZouId project_id, ZouId task_type_id, HttpRequest request, Actor actor, QuotaService service, CancellationToken cancellationToken)
    {
        var count = QuotaCount.Parse(request.Query["count_mode"].FirstOrDefault(), CountModeMessage);
        return ZouResults.Json(Table(await service.TaskTypeQuotasAsync(actor, project_id, task_type_id, JsonBody.QueryId(request, "studio_id"), count, cancellationToken)));
    }

    private static async Task<IResult> Person(ZouId project_id, ZouId person_id, HttpRequest request, Actor actor, QuotaService service, CancellationToken cancellationToken)
    {
        var count = QuotaCount.Parse(request.Query["count_mode"].FirstOrDefault(), CountModeMessage);
        return ZouResults.Json(Table(await service.PersonQuotasAsync(actor, project_id, person_id, JsonBody.QueryId(request, "studio_id"), count, cancellationToken)));
    }

    /// <summary>ZOU: <c>{"&lt;id&gt;" | "total": {"day" | "week" | "month": {frames, seconds, count, entries, drawings}, "year": {…}}}</c>, <c>{}</c> when nothing counts.</summary>
    private static JsonObject Table(QuotaTable table)
    {
        var result = new JsonObject();
        if (table.IsEmpty)
        {
            return result;
        }

        foreach (var (id, entry) in table.Entries)
        {
            result[id.ToString()] = Entry(entry);
        }

        result["total"] = Entry(table.Total);
        return result;
    }

    private static JsonObject Entry(QuotaEntry entry) => new()
    {
        ["day"] = Figures(entry.Day),
        ["week"] = Figures(entry.Week),
        ["month"] = Figures(entry.Month),
        ["year"] = Figures(entry.Year),
    };

    private static JsonObject Figures(QuotaFigures figures)
    {
        var result = new JsonObject
        {
            ["frames"] = Map(figures.Frames, v => v),
            ["seconds"] = Map(figures.Seconds, v => v),
            ["count"] = Map(figures.Count, v => v),
        };
        if (figures.Entries is { } entries)
        {
            result["entries"] = Map(entries, v => v);
        }

        result["drawings"] = Map(figures.Drawings, v => v);
        return result;
    }

    private static JsonObject Map<T>(SortedDictionary<string, T> values, Func<T, JsonNode?> node)
    {
        var result = new JsonObject();
        foreach (var (key, value) in values)
        {
            result[key] = node(value);
        }

        return result;
    }
}
