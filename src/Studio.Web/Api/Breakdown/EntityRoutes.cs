using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Breakdown;

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
        data.MapGet($"/{plural}", (Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken t) => List(kind, actor, request, queries, t))
            .WithName($"{prefix}_List").WithSummary($"{Tag(plural)} the caller may see, filtered by the query string");
        if (withAll)
        {
            data.MapGet($"/{plural}/all", (Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken t) => List(kind, actor, request, queries, t))
                .WithName($"{prefix}_All").WithSummary($"All {plural}, filtered by the query string");
        }

        data.MapGet($"/{plural}/with-tasks", (Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken t) => WithTasks(kind, actor, request, queries, t))
            .WithName($"{prefix}_WithTasks").WithSummary($"{Tag(plural)} with their tasks");
        data.MapGet($"/{plural}/{{{label}_id}}", (HttpContext context, Actor actor, BreakdownQueries queries, CancellationToken t) => Get(kind, RouteId(context, label), actor, queries, t))
            .WithName($"{prefix}_Get").WithSummary($"One {label}");
        data.MapDelete($"/{plural}/{{{label}_id}}", (HttpContext context, Actor actor, BreakdownService service, CancellationToken t) => Delete(kind, RouteId(context, label), actor, context.Request, service, t))
            .WithName($"{prefix}_Delete").WithSummary($"Cancel a {label} that has tasks, or remove it (force)");
        data.MapGet($"/projects/{{project_id}}/{plural}", (ZouId project_id, Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken t) => ProjectList(kind, project_id, actor, request, queries, t))
            .WithName($"{prefix}_ProjectList").WithSummary($"A production's {plural}");
        data.MapPost($"/projects/{{project_id}}/{plural}", (ZouId project_id, Actor actor, HttpRequest request, BreakdownService service, CancellationToken t) => Create(kind, project_id, null, actor, request, service, t))
            .WithName($"{prefix}_Create").WithSummary($"Create a {label} in a production");
    }

    /// <summary>A sub-list of one entity: a sequence's shots, an episode's sequences…</summary>
    public static void MapChildren(this IEndpointRouteBuilder api, string parentKind, string parentPlural, string kind, string plural)
    {
        var parent = parentKind.ToLowerInvariant();
        api.MapGroup("/data").WithTags(Tag(parentPlural))
            .MapGet($"/{parentPlural}/{{{parent}_id}}/{plural}", (HttpContext context, Actor actor, BreakdownQueries queries, CancellationToken t) =>
                Children(parentKind, RouteId(context, parent), kind, actor, queries, t))
            .WithName($"{Tag(parentPlural)}_{Tag(plural)}").WithSummary($"The {plural} of a {parent}");
    }

    /// <summary>Creates an entity of a kind from a creation route's body (the asset routes name the asset type).</summary>
    public static async Task<IResult> Create(string kind, Guid projectId, Guid? assetTypeId, Actor actor, HttpRequest request, BreakdownService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        var entity = await service.CreateAsync(actor, projectId, kind, assetTypeId, () => BreakdownBodies.Creation(kind, body), cancellationToken);
        return ZouResults.Created(EntityJson.Serialize(entity, kind));
    }

    public static async Task<IResult> WithTasks(string kind, Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.JsonRows(await queries.WithTasksAsync(actor, kind, JsonBody.Query(request), cancellationToken), EntitiesWithTasksJson.WriteRow);

    public static async Task<IResult> Get(string kind, Guid id, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(EntityDetailJson.Write(await queries.GetAsync(actor, kind, id, cancellationToken)));

    public static async Task<IResult> Delete(string kind, Guid id, Actor actor, HttpRequest request, BreakdownService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(actor, kind, id, JsonBody.Flag(request, "force"), cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> List(string kind, Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(EntityJson.List(await queries.ListAsync(actor, kind, JsonBody.Query(request), cancellationToken)));

    private static async Task<IResult> ProjectList(string kind, Guid projectId, Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string>(JsonBody.Query(request), StringComparer.Ordinal) { ["project_id"] = projectId.ToString() };
        return ZouResults.Json(EntityJson.List(await queries.ProjectListAsync(actor, kind, query, cancellationToken)));
    }

    private static async Task<IResult> Children(string parentKind, Guid parentId, string kind, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(EntityJson.List(await queries.ChildrenAsync(actor, parentKind, parentId, kind, cancellationToken)));

    /// <summary>The id a kind's route names after its kind (<c>{shot_id}</c>, <c>{sequence_id}</c>…), read as a <see cref="ZouId"/>.</summary>
    private static ZouId RouteId(HttpContext context, string label) => ZouId.Parse(context.Request.RouteValues[$"{label}_id"]?.ToString() ?? "", null);

    private static string Tag(string plural) => char.ToUpperInvariant(plural[0]) + plural[1..];
}
