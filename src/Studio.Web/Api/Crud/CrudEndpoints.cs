using System.Reflection;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Crud;

namespace Studio.Web.Api.Crud;

/// <summary>
/// Zou's generic <c>crud</c> blueprint: list, create, get, update and delete for every collection of
/// <see cref="CrudRegistry"/>, each mapped on its own path so the OpenAPI document names every route.
/// </summary>
public static class CrudEndpoints
{
    private static readonly MethodInfo MapCollectionOfType = typeof(CrudEndpoints).GetMethod(nameof(MapCollection), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IEndpointRouteBuilder MapCrudEndpoints(this IEndpointRouteBuilder api)
    {
        var data = api.MapGroup("/data").WithTags("Crud");
        foreach (var collection in CrudRegistry.All)
        {
            MapCollectionOfType.MakeGenericMethod(collection.EntityType).Invoke(null, [data, collection]);
        }

        return api;
    }

    private static void MapCollection<T>(RouteGroupBuilder data, CrudCollection<T> collection)
        where T : class, IZouEntity, new()
    {
        var name = collection.Name;
        var label = collection.Model.TypeName;
        var prefix = $"Crud_{name}";
        var handlers = new Handlers<T>(collection);
        data.MapGet($"/{name}", handlers.List).WithName($"{prefix}_List").WithSummary($"List {label} rows (filters, relations, fields, page)");
        data.MapPost($"/{name}", handlers.Create).WithName($"{prefix}_Create").WithSummary($"Create a {label}");
        data.MapGet($"/{name}/{{instance_id}}", handlers.Get).WithName($"{prefix}_Get").WithSummary($"Get a {label}");
        data.MapPut($"/{name}/{{instance_id}}", handlers.Update).WithName($"{prefix}_Update").WithSummary($"Update a {label}");
        data.MapDelete($"/{name}/{{instance_id}}", handlers.Delete).WithName($"{prefix}_Delete").WithSummary($"Delete a {label}");
    }

    /// <summary>The five handlers of one collection.</summary>
    private sealed class Handlers<T>(CrudCollection<T> collection)
        where T : class, IZouEntity, new()
    {
        public async Task<IResult> List(HttpRequest request, Actor actor, CrudService service, CancellationToken cancellationToken)
        {
            var query = JsonBody.Query(request);
            return ZouResults.Json(CrudJson.List(await collection.ListAsync(service, actor, query, cancellationToken), query.GetValueOrDefault("fields")));
        }

        public async Task<IResult> Create(HttpRequest request, Actor actor, CrudService service, CancellationToken cancellationToken)
        {
            var changes = CrudBody.Read<T>(await JsonBody.ReadObjectAsync(request, cancellationToken), update: false);
            return ZouResults.Created(CrudJson.Row(await collection.CreateAsync(service, actor, changes, cancellationToken)));
        }

        public async Task<IResult> Get(ZouId instance_id, HttpRequest request, Actor actor, CrudService service, CancellationToken cancellationToken)
        {
            var relations = CrudValues.ParseBool(request.Query["relations"].FirstOrDefault() ?? "true") != false;
            return ZouResults.Json(CrudJson.Row(await collection.GetAsync(service, actor, instance_id, relations, cancellationToken)));
        }

        public async Task<IResult> Update(ZouId instance_id, HttpRequest request, Actor actor, CrudService service, CancellationToken cancellationToken)
        {
            var changes = CrudBody.Read<T>(await JsonBody.ReadObjectAsync(request, cancellationToken), update: true);
            return ZouResults.Json(CrudJson.Row(await collection.UpdateAsync(service, actor, instance_id, changes, cancellationToken)));
        }

        public async Task<IResult> Delete(ZouId instance_id, HttpRequest request, Actor actor, CrudService service, CancellationToken cancellationToken)
        {
            await collection.DeleteAsync(service, actor, instance_id, JsonBody.Flag(request, "force"), cancellationToken);
            return Results.NoContent();
        }
    }
}
