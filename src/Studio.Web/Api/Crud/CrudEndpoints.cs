using Studio.Domain.Crud;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Crud;

/// <summary>
/// Zou's generic <c>crud</c> blueprint: list, create, get, update and delete for every collection of
/// <see cref="CrudRegistry"/>, each mapped on its own path so the OpenAPI document names every route.
/// </summary>
public static class CrudEndpoints
{
    public static IEndpointRouteBuilder MapCrudEndpoints(this IEndpointRouteBuilder api)
    {
        var data = api.MapGroup("/data").WithTags("Crud");
        foreach (var collection in CrudRegistry.All)
        {
            var name = collection.Name;
            var label = collection.Model.TypeName;
            var prefix = $"Crud_{name}";
            data.MapGet($"/{name}", (HttpContext c, CrudService s, CancellationToken t) => List(c, s, collection, t))
                .WithName($"{prefix}_List").WithSummary($"List {label} rows (filters, relations, fields, page)");
            data.MapPost($"/{name}", (HttpContext c, CrudService s, CancellationToken t) => Create(c, s, collection, t))
                .WithName($"{prefix}_Create").WithSummary($"Create a {label}");
            data.MapGet($"/{name}/{{instance_id}}", (string instance_id, HttpContext c, CrudService s, CancellationToken t) => Get(instance_id, c, s, collection, t))
                .WithName($"{prefix}_Get").WithSummary($"Get a {label}");
            data.MapPut($"/{name}/{{instance_id}}", (string instance_id, HttpContext c, CrudService s, CancellationToken t) => Update(instance_id, c, s, collection, t))
                .WithName($"{prefix}_Update").WithSummary($"Update a {label}");
            data.MapDelete($"/{name}/{{instance_id}}", (string instance_id, HttpContext c, CrudService s, CancellationToken t) => Delete(instance_id, c, s, collection, t))
                .WithName($"{prefix}_Delete").WithSummary($"Delete a {label}");
        }

        return api;
    }

    private static async Task<IResult> List(HttpContext context, CrudService service, CrudCollection collection, CancellationToken cancellationToken)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        return ZouResults.Json(await collection.ListAsync(service, context.User.ToActor(), query, cancellationToken));
    }

    private static async Task<IResult> Create(HttpContext context, CrudService service, CrudCollection collection, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        return ZouResults.Created(await collection.CreateAsync(service, context.User.ToActor(), body, cancellationToken));
    }

    private static async Task<IResult> Get(string id, HttpContext context, CrudService service, CrudCollection collection, CancellationToken cancellationToken)
    {
        var relations = CrudValues.ParseBool(context.Request.Query["relations"].FirstOrDefault() ?? "true") != false;
        return ZouResults.Json(await collection.GetAsync(service, context.User.ToActor(), Ids.Parse(id), relations, cancellationToken));
    }

    private static async Task<IResult> Update(string id, HttpContext context, CrudService service, CrudCollection collection, CancellationToken cancellationToken)
    {
        var instanceId = Ids.Parse(id);
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        return ZouResults.Json(await collection.UpdateAsync(service, context.User.ToActor(), instanceId, body, cancellationToken));
    }

    private static async Task<IResult> Delete(string id, HttpContext context, CrudService service, CrudCollection collection, CancellationToken cancellationToken)
    {
        var force = CrudValues.ParseBool(context.Request.Query["force"].FirstOrDefault() ?? "false") == true;
        await collection.DeleteAsync(service, context.User.ToActor(), Ids.Parse(id), force, cancellationToken);
        return Results.NoContent();
    }
}
