using Studio.Domain.Breakdown;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Breakdown;

/// <summary>
/// The routes every entity kind has in Zou (shots, scenes, sequences, episodes, edits, concepts): list, all,
/// with-tasks, one, delete, and the production's list and creation. Each area maps its kinds with these.
/// </summary>
public static class EntityRoutes
{
    public static void MapEntityKind(this IEndpointRouteBuilder api, string kind, string plural, bool withAll = true)
    {
        var data = api.MapGroup("/data").WithTags(Tag(plural));
        var label = kind.ToLowerInvariant();
        var prefix = Tag(plural);
        data.MapGet($"/{plural}", (HttpContext c, BreakdownQueries q, CancellationToken t) => List(kind, c, q, t))
            .WithName($"{prefix}_List").WithSummary($"{Tag(plural)} the caller may see, filtered by the query string");
        if (withAll)
        {
            data.MapGet($"/{plural}/all", (HttpContext c, BreakdownQueries q, CancellationToken t) => List(kind, c, q, t))
                .WithName($"{prefix}_All").WithSummary($"All {plural}, filtered by the query string");
        }

        data.MapGet($"/{plural}/with-tasks", async (HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Utf8(await q.WithTasksAsync(c.User.ToActor(), kind, JsonBody.Query(c.Request), t)))
            .WithName($"{prefix}_WithTasks").WithSummary($"{Tag(plural)} with their tasks");
        data.MapGet($"/{plural}/{{{label}_id}}", async (HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.GetAsync(c.User.ToActor(), kind, RouteId(c, label), t)))
            .WithName($"{prefix}_Get").WithSummary($"One {label}");
        data.MapDelete($"/{plural}/{{{label}_id}}", async (HttpContext c, BreakdownService s, CancellationToken t) =>
        {
            await s.DeleteAsync(c.User.ToActor(), kind, RouteId(c, label), JsonBody.Flag(c.Request, "force"), t);
            return Results.NoContent();
        }).WithName($"{prefix}_Delete").WithSummary($"Cancel a {label} that has tasks, or remove it (force)");
        data.MapGet($"/projects/{{project_id}}/{plural}", async (string project_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
        {
            var query = new Dictionary<string, string>(JsonBody.Query(c.Request), StringComparer.Ordinal) { ["project_id"] = Ids.Parse(project_id).ToString() };
            return ZouResults.Json(await q.ListAsync(c.User.ToActor(), kind, query, t, plain: true));
        }).WithName($"{prefix}_ProjectList").WithSummary($"A production's {plural}");
        data.MapPost($"/projects/{{project_id}}/{plural}", async (string project_id, HttpContext c, BreakdownService s, CancellationToken t) =>
        {
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Created(await s.CreateAsync(c.User.ToActor(), Ids.Parse(project_id), kind, null, body, t));
        }).WithName($"{prefix}_Create").WithSummary($"Create a {label} in a production");
    }

    /// <summary>A sub-list of one entity: a sequence's shots, an episode's sequences…</summary>
    public static void MapChildren(this IEndpointRouteBuilder api, string parentKind, string parentPlural, string kind, string plural)
    {
        var parent = parentKind.ToLowerInvariant();
        api.MapGroup("/data").WithTags(Tag(parentPlural))
            .MapGet($"/{parentPlural}/{{{parent}_id}}/{plural}", async (HttpContext c, BreakdownQueries q, CancellationToken t) =>
                ZouResults.Json(await q.ChildrenAsync(c.User.ToActor(), parentKind, RouteId(c, parent), kind, t)))
            .WithName($"{Tag(parentPlural)}_{Tag(plural)}").WithSummary($"The {plural} of a {parent}");
    }

    public static Guid RouteId(HttpContext context, string label) => Ids.Parse(context.Request.RouteValues[$"{label}_id"]?.ToString() ?? "");

    private static async Task<IResult> List(string kind, HttpContext context, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(await queries.ListAsync(context.User.ToActor(), kind, JsonBody.Query(context.Request), cancellationToken));

    private static string Tag(string plural) => char.ToUpperInvariant(plural[0]) + plural[1..];
}
