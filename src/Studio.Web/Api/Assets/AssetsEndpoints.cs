using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Web.Api.Breakdown;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Breakdown;

namespace Studio.Web.Api.Assets;

/// <summary>Zou's <c>assets</c> blueprint: asset types, asset lists and reads, creation, removal, sharing, instances.</summary>
public static class AssetsEndpoints
{
    private const string Kind = EntityKinds.Asset;

    public static IEndpointRouteBuilder MapAssetsEndpoints(this IEndpointRouteBuilder api)
    {
        var data = api.MapGroup("/data").WithTags("Assets");
        data.MapGet("/asset-types", AllAssetTypes).WithName("Assets_AssetTypes").WithSummary("All asset types, with their task types");
        data.MapGet("/asset-types/{asset_type_id}", AssetType).WithName("Assets_AssetType").WithSummary("One asset type");
        data.MapGet("/projects/{project_id}/asset-types", ProjectAssetTypes).WithName("Assets_ProjectAssetTypes").WithSummary("The asset types of a production's assets");
        data.MapGet("/shots/{shot_id}/asset-types", ShotAssetTypes).WithName("Assets_ShotAssetTypes").WithSummary("The asset types of the assets cast in a shot");

        data.MapGet("/assets", List).WithName("Assets_List").WithSummary("Assets, filtered by the query string");
        data.MapGet("/assets/all", List).WithName("Assets_All").WithSummary("Assets, filtered by the query string");
        data.MapGet("/assets/with-tasks", (Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken t) => EntityRoutes.WithTasks(Kind, actor, request, queries, t))
            .WithName("Assets_WithTasks").WithSummary("Assets with their tasks");
        data.MapGet("/assets/{asset_id}", (ZouId asset_id, Actor actor, BreakdownQueries queries, CancellationToken t) => EntityRoutes.Get(Kind, asset_id, actor, queries, t))
            .WithName("Assets_Get").WithSummary("An asset with its tasks");
        data.MapDelete("/assets/{asset_id}", (ZouId asset_id, Actor actor, HttpRequest request, BreakdownService service, CancellationToken t) => EntityRoutes.Delete(Kind, asset_id, actor, request, service, t))
            .WithName("Assets_Delete").WithSummary("Cancel an asset that has tasks, or remove it (force)");
        data.MapGet("/assets/{asset_id}/assets", CastAssets).WithName("Assets_CastAssets").WithSummary("The assets cast in an asset");
        data.MapGet("/assets/{asset_id}/cast-in", CastIn).WithName("Assets_CastIn").WithSummary("The shots and assets an asset is cast in");
        data.MapGet("/assets/{asset_id}/casting", Casting).WithName("Assets_Casting").WithSummary("The assets cast in an asset");
        data.MapPut("/assets/{asset_id}/casting", SetCasting).WithName("Assets_SetCasting").WithSummary("Replace the assets cast in an asset");

        data.MapGet("/projects/{project_id}/assets", (ZouId project_id, Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken t) =>
            ProjectList(project_id, null, actor, request, queries, t)).WithName("Assets_ProjectAssets").WithSummary("A production's assets");
        data.MapGet("/projects/{project_id}/asset-types/{asset_type_id}/assets", (ZouId project_id, ZouId asset_type_id, Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken t) =>
            ProjectList(project_id, asset_type_id, actor, request, queries, t)).WithName("Assets_ProjectAssetsOfType").WithSummary("A production's assets of one type");
        data.MapPost("/projects/{project_id}/asset-types/{asset_type_id}/assets/new", (ZouId project_id, ZouId asset_type_id, Actor actor, HttpRequest request, BreakdownService service, CancellationToken t) =>
            EntityRoutes.Create(Kind, project_id, asset_type_id, actor, request, service, t)).WithName("Assets_Create").WithSummary("Create an asset");
        data.MapGet("/projects/{project_id}/assets/shared-used", (ZouId project_id, Actor actor, BreakdownQueries queries, CancellationToken t) =>
            SharedUsed(project_id, null, actor, queries, t)).WithName("Assets_SharedUsed").WithSummary("Assets shared by other productions and cast in this one");
        data.MapGet("/projects/{project_id}/episodes/{episode_id}/assets/shared-used", (ZouId project_id, ZouId episode_id, Actor actor, BreakdownQueries queries, CancellationToken t) =>
            SharedUsed(project_id, episode_id, actor, queries, t)).WithName("Assets_EpisodeSharedUsed").WithSummary("Shared assets cast in an episode");

        data.MapGet("/assets/{asset_id}/asset-asset-instances", (ZouId asset_id, Actor actor, AssetInstancesService service, CancellationToken t) =>
            Instances(asset_id, InstanceView.InAsset, actor, service, t)).WithName("Assets_AssetInstances").WithSummary("Instances placed inside an asset, by asset");
        data.MapPost("/assets/{asset_id}/asset-asset-instances", CreateInstance).WithName("Assets_CreateAssetInstance").WithSummary("Create an instance inside an asset");
        data.MapGet("/assets/{asset_id}/scene-asset-instances", (ZouId asset_id, Actor actor, AssetInstancesService service, CancellationToken t) =>
            Instances(asset_id, InstanceView.OfAssetByScene, actor, service, t)).WithName("Assets_SceneInstances").WithSummary("An asset's instances in scenes, by scene");
        data.MapGet("/assets/{asset_id}/shot-asset-instances", (ZouId asset_id, Actor actor, AssetInstancesService service, CancellationToken t) =>
            Instances(asset_id, InstanceView.OfAssetByShot, actor, service, t)).WithName("Assets_ShotInstances").WithSummary("An asset's instances linked to shots, by shot");

        var actions = api.MapGroup("/actions").WithTags("Assets");
        actions.MapPost("/assets/share", (Actor actor, HttpRequest request, BreakdownService service, CancellationToken t) => Share(null, null, actor, request, service, t))
            .WithName("Assets_Share").WithSummary("Share or unshare assets with other productions");
        actions.MapPost("/projects/{project_id}/assets/share", (ZouId project_id, Actor actor, HttpRequest request, BreakdownService service, CancellationToken t) =>
            Share(project_id, null, actor, request, service, t)).WithName("Assets_ShareProject").WithSummary("Share or unshare a production's assets");
        actions.MapPost("/projects/{project_id}/asset-types/{asset_type_id}/assets/share", (ZouId project_id, ZouId asset_type_id, Actor actor, HttpRequest request, BreakdownService service, CancellationToken t) =>
            Share(project_id, asset_type_id, actor, request, service, t)).WithName("Assets_ShareType").WithSummary("Share or unshare all assets of a type in a production");
        return api;
    }

    private static async Task<IResult> AllAssetTypes(BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(BreakdownJson.AssetTypes(await queries.AllAssetTypesAsync(cancellationToken)));

    private static async Task<IResult> AssetType(ZouId asset_type_id, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(BreakdownJson.AssetType(await queries.AssetTypeAsync(asset_type_id, cancellationToken)));

    private static async Task<IResult> ProjectAssetTypes(ZouId project_id, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(BreakdownJson.AssetTypes(await queries.ProjectAssetTypesAsync(actor, project_id, cancellationToken)));

    private static async Task<IResult> ShotAssetTypes(ZouId shot_id, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(BreakdownJson.AssetTypes(await queries.ShotAssetTypesAsync(actor, shot_id, cancellationToken)));

    private static async Task<IResult> List(Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(EntityJson.List(await queries.ListAsync(actor, Kind, JsonBody.Query(request), cancellationToken)));

    private static async Task<IResult> CastAssets(ZouId asset_id, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(EntityJson.List(await queries.CastAssetsAsync(actor, Kind, asset_id, cancellationToken)));

    private static async Task<IResult> CastIn(ZouId asset_id, Actor actor, AssetCastingService service, CancellationToken cancellationToken) =>
        ZouResults.Json(CastingJson.CastIn(await service.CastInAsync(actor, asset_id, cancellationToken)));

    private static async Task<IResult> Casting(ZouId asset_id, Actor actor, AssetCastingService service, CancellationToken cancellationToken) =>
        ZouResults.Json(CastingJson.Casting(await service.CastingAsync(actor, asset_id, cancellationToken)));

    /// <summary>ZOU: answers the body it was sent.</summary>
    private static async Task<IResult> SetCasting(ZouId asset_id, Actor actor, HttpRequest request, AssetCastingService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadNodeAsync(request, cancellationToken);
        await service.SetCastingAsync(actor, asset_id, BreakdownBodies.Casting(body), cancellationToken);
        return ZouResults.Json(body);
    }

    private static async Task<IResult> ProjectList(Guid projectId, Guid? assetTypeId, Actor actor, HttpRequest request, BreakdownQueries queries, CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string>(JsonBody.Query(request), StringComparer.Ordinal) { ["project_id"] = projectId.ToString() };
        if (assetTypeId is { } type)
        {
            query["asset_type_id"] = type.ToString();
        }

        return ZouResults.Json(EntityJson.List(await queries.ProjectListAsync(actor, Kind, query, cancellationToken)));
    }

    private static async Task<IResult> SharedUsed(Guid projectId, Guid? episodeId, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(EntityJson.List(await queries.SharedUsedAsync(actor, projectId, episodeId, cancellationToken)));

    private static async Task<IResult> Instances(Guid assetId, InstanceView view, Actor actor, AssetInstancesService service, CancellationToken cancellationToken) =>
        ZouResults.Json(BreakdownJson.Instances(await service.MapAsync(actor, Kind, assetId, view, cancellationToken)));

    private static async Task<IResult> CreateInstance(ZouId asset_id, Actor actor, HttpRequest request, AssetInstancesService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        var instance = await service.CreateAsync(actor, Kind, asset_id, BreakdownBodies.OptionalId(body, "asset_to_instantiate_id"), JsonBody.GetString(body, "description"), cancellationToken);
        return ZouResults.Created(ZouSerializer.Serialize(instance));
    }

    private static async Task<IResult> Share(Guid? projectId, Guid? assetTypeId, Actor actor, HttpRequest request, BreakdownService service, CancellationToken cancellationToken)
    {
        var (assetIds, shared) = BreakdownBodies.Share(await JsonBody.ReadOptionalObjectAsync(request, cancellationToken), idsRequired: projectId is null);
        return ZouResults.Json(EntityJson.All(await service.ShareAssetsAsync(actor, projectId, assetTypeId, assetIds, shared, cancellationToken), Kind));
    }
}
