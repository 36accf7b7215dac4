using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Assets;

/// <summary>Zou's <c>assets</c> blueprint: asset types, asset lists and reads, creation, removal, sharing, instances.</summary>
public static class AssetsEndpoints
{
    private const string Kind = EntityKinds.Asset;

    public static IEndpointRouteBuilder MapAssetsEndpoints(this IEndpointRouteBuilder api)
    {
        var data = api.MapGroup("/data").WithTags("Assets");
        data.MapGet("/asset-types", (HttpContext c, BreakdownQueries q, CancellationToken t) => AssetTypes(c, q, null, null, t))
            .WithName("Assets_AssetTypes").WithSummary("All asset types, with their task types");
        data.MapGet("/asset-types/{asset_type_id}", async (string asset_type_id, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.AssetTypeAsync(Ids.Parse(asset_type_id), t))).WithName("Assets_AssetType").WithSummary("One asset type");
        data.MapGet("/projects/{project_id}/asset-types", (string project_id, HttpContext c, BreakdownQueries q, CancellationToken t) => AssetTypes(c, q, Ids.Parse(project_id), null, t))
            .WithName("Assets_ProjectAssetTypes").WithSummary("The asset types of a production's assets");
        data.MapGet("/shots/{shot_id}/asset-types", (string shot_id, HttpContext c, BreakdownQueries q, CancellationToken t) => AssetTypes(c, q, null, Ids.Parse(shot_id), t))
            .WithName("Assets_ShotAssetTypes").WithSummary("The asset types of the assets cast in a shot");

        data.MapGet("/assets", List).WithName("Assets_List").WithSummary("Assets, filtered by the query string");
        data.MapGet("/assets/all", List).WithName("Assets_All").WithSummary("Assets, filtered by the query string");
        data.MapGet("/assets/with-tasks", async (HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Utf8(await q.WithTasksAsync(c.User.ToActor(), Kind, JsonBody.Query(c.Request), t))).WithName("Assets_WithTasks").WithSummary("Assets with their tasks");
        data.MapGet("/assets/{asset_id}", async (string asset_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.GetAsync(c.User.ToActor(), Kind, Ids.Parse(asset_id), t))).WithName("Assets_Get").WithSummary("An asset with its tasks");
        data.MapDelete("/assets/{asset_id}", async (string asset_id, HttpContext c, BreakdownService s, CancellationToken t) =>
        {
            await s.DeleteAsync(c.User.ToActor(), Kind, Ids.Parse(asset_id), JsonBody.Flag(c.Request, "force"), t);
            return Results.NoContent();
        }).WithName("Assets_Delete").WithSummary("Cancel an asset that has tasks, or remove it (force)");
        data.MapGet("/assets/{asset_id}/assets", async (string asset_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.CastAssetsAsync(c.User.ToActor(), Kind, Ids.Parse(asset_id), t))).WithName("Assets_CastAssets").WithSummary("The assets cast in an asset");
        data.MapGet("/assets/{asset_id}/cast-in", CastIn).WithName("Assets_CastIn").WithSummary("The shots and assets an asset is cast in");
        data.MapGet("/assets/{asset_id}/casting", Casting).WithName("Assets_Casting").WithSummary("The assets cast in an asset");
        data.MapPut("/assets/{asset_id}/casting", SetCasting).WithName("Assets_SetCasting").WithSummary("Replace the assets cast in an asset");

        data.MapGet("/projects/{project_id}/assets", (string project_id, HttpContext c, BreakdownQueries q, CancellationToken t) => ProjectList(project_id, null, c, q, t))
            .WithName("Assets_ProjectAssets").WithSummary("A production's assets");
        data.MapGet("/projects/{project_id}/asset-types/{asset_type_id}/assets", (string project_id, string asset_type_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ProjectList(project_id, Ids.Parse(asset_type_id), c, q, t)).WithName("Assets_ProjectAssetsOfType").WithSummary("A production's assets of one type");
        data.MapPost("/projects/{project_id}/asset-types/{asset_type_id}/assets/new", async (string project_id, string asset_type_id, HttpContext c, BreakdownService s, CancellationToken t) =>
        {
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Created(await s.CreateAsync(c.User.ToActor(), Ids.Parse(project_id), Kind, Ids.Parse(asset_type_id), body, t));
        }).WithName("Assets_Create").WithSummary("Create an asset");
        data.MapGet("/projects/{project_id}/assets/shared-used", async (string project_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.SharedUsedAsync(c.User.ToActor(), Ids.Parse(project_id), null, t))).WithName("Assets_SharedUsed").WithSummary("Assets shared by other productions and cast in this one");
        data.MapGet("/projects/{project_id}/episodes/{episode_id}/assets/shared-used", async (string project_id, string episode_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.SharedUsedAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(episode_id), t))).WithName("Assets_EpisodeSharedUsed").WithSummary("Shared assets cast in an episode");

        data.MapGet("/assets/{asset_id}/asset-asset-instances", (string asset_id, HttpContext c, AssetInstancesService s, CancellationToken t) => Instances(asset_id, InstanceView.InAsset, c, s, t))
            .WithName("Assets_AssetInstances").WithSummary("Instances placed inside an asset, by asset");
        data.MapPost("/assets/{asset_id}/asset-asset-instances", async (string asset_id, HttpContext c, AssetInstancesService s, CancellationToken t) =>
        {
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Created(await s.CreateAsync(c.User.ToActor(), Kind, Ids.Parse(asset_id), AssetInstancesService.IdOf(body, "asset_to_instantiate_id"), JsonBody.GetString(body, "description"), t));
        }).WithName("Assets_CreateAssetInstance").WithSummary("Create an instance inside an asset");
        data.MapGet("/assets/{asset_id}/scene-asset-instances", (string asset_id, HttpContext c, AssetInstancesService s, CancellationToken t) => Instances(asset_id, InstanceView.OfAssetByScene, c, s, t))
            .WithName("Assets_SceneInstances").WithSummary("An asset's instances in scenes, by scene");
        data.MapGet("/assets/{asset_id}/shot-asset-instances", (string asset_id, HttpContext c, AssetInstancesService s, CancellationToken t) => Instances(asset_id, InstanceView.OfAssetByShot, c, s, t))
            .WithName("Assets_ShotInstances").WithSummary("An asset's instances linked to shots, by shot");

        var actions = api.MapGroup("/actions").WithTags("Assets");
        actions.MapPost("/assets/share", (HttpContext c, BreakdownService s, CancellationToken t) => Share(c, s, null, null, t))
            .WithName("Assets_Share").WithSummary("Share or unshare assets with other productions");
        actions.MapPost("/projects/{project_id}/assets/share", (string project_id, HttpContext c, BreakdownService s, CancellationToken t) => Share(c, s, Ids.Parse(project_id), null, t))
            .WithName("Assets_ShareProject").WithSummary("Share or unshare a production's assets");
        actions.MapPost("/projects/{project_id}/asset-types/{asset_type_id}/assets/share", (string project_id, string asset_type_id, HttpContext c, BreakdownService s, CancellationToken t) =>
            Share(c, s, Ids.Parse(project_id), Ids.Parse(asset_type_id), t)).WithName("Assets_ShareType").WithSummary("Share or unshare all assets of a type in a production");
        return api;
    }

    private static async Task<IResult> CastIn(string asset_id, HttpContext context, AssetCastingService service, CancellationToken cancellationToken) =>
        ZouResults.Json(await service.CastInAsync(context.User.ToActor(), Ids.Parse(asset_id), cancellationToken));

    private static async Task<IResult> Casting(string asset_id, HttpContext context, AssetCastingService service, CancellationToken cancellationToken) =>
        ZouResults.Json(await service.CastingAsync(context.User.ToActor(), Ids.Parse(asset_id), cancellationToken));

    private static async Task<IResult> SetCasting(string asset_id, HttpContext context, AssetCastingService service, CancellationToken cancellationToken)
    {
        var assetId = Ids.Parse(asset_id);
        var body = await JsonBody.ReadNodeAsync(context.Request, cancellationToken) as JsonArray ?? throw new WrongParameterException("Request body must be a JSON array");
        return ZouResults.Json(await service.SetCastingAsync(context.User.ToActor(), assetId, body, cancellationToken));
    }

    private static async Task<IResult> AssetTypes(HttpContext context, BreakdownQueries queries, Guid? projectId, Guid? shotId, CancellationToken cancellationToken) =>
        ZouResults.Json(await queries.AssetTypesAsync(context.User.ToActor(), projectId, shotId, cancellationToken));

    private static async Task<IResult> List(HttpContext context, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(await queries.ListAsync(context.User.ToActor(), Kind, JsonBody.Query(context.Request), cancellationToken));

    private static async Task<IResult> ProjectList(string projectId, Guid? assetTypeId, HttpContext context, BreakdownQueries queries, CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string>(JsonBody.Query(context.Request), StringComparer.Ordinal) { ["project_id"] = Ids.Parse(projectId).ToString() };
        if (assetTypeId is { } type)
        {
            query["asset_type_id"] = type.ToString();
        }

        return ZouResults.Json(await queries.ListAsync(context.User.ToActor(), Kind, query, cancellationToken));
    }

    private static async Task<IResult> Instances(string assetId, InstanceView view, HttpContext context, AssetInstancesService instances, CancellationToken cancellationToken) =>
        ZouResults.Json(await instances.MapAsync(context.User.ToActor(), Kind, Ids.Parse(assetId), view, cancellationToken));

    private static async Task<IResult> Share(HttpContext context, BreakdownService service, Guid? projectId, Guid? assetTypeId, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadOptionalObjectAsync(context.Request, cancellationToken);
        List<Guid>? ids = null;
        if (body["asset_ids"] is JsonArray list)
        {
            ids = [.. list.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Ids.Parse(v.GetValue<string>()) : throw new WrongParameterException("Malformed ID."))];
        }
        else if (projectId is null)
        {
            throw new WrongParameterException("asset_ids is required.");
        }

        new BodySchema().Field("is_shared", BodyField.Boolean).Validate(body);
        var shared = body["is_shared"]?.GetValueKind() != JsonValueKind.False;
        return ZouResults.Json(await service.ShareAssetsAsync(context.User.ToActor(), projectId, assetTypeId, ids, shared, cancellationToken));
    }
}
