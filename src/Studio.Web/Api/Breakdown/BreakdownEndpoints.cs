using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Breakdown;

namespace Studio.Web.Api.Breakdown;

/// <summary>Zou's <c>breakdown</c> blueprint: casting, entity links and asset instances.</summary>
public static class BreakdownEndpoints
{
    public static IEndpointRouteBuilder MapBreakdownEndpoints(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/data/projects/{project_id}").WithTags("Breakdown");
        projects.MapGet("/entities/{entity_id}/casting", Casting).WithName("Breakdown_Casting").WithSummary("The assets cast in an entity");
        projects.MapPut("/entities/{entity_id}/casting", SetCasting).WithName("Breakdown_SetCasting").WithSummary("Replace the casting of an entity");
        projects.MapPut("/entities/casting", SetCastings).WithName("Breakdown_SetCastings").WithSummary("Replace the casting of several entities");
        projects.MapGet("/asset-types/{asset_type_id}/casting", (ZouId project_id, ZouId asset_type_id, Actor actor, CastingService service, CancellationToken t) =>
            CastingMap(project_id, CastingScope.AssetType, asset_type_id, actor, service, t)).WithName("Breakdown_AssetTypeCasting").WithSummary("The casting of the assets of a type");
        projects.MapGet("/episodes/casting", (ZouId project_id, Actor actor, CastingService service, CancellationToken t) =>
            CastingMap(project_id, CastingScope.Episodes, null, actor, service, t)).WithName("Breakdown_EpisodesCasting").WithSummary("The casting of every episode");
        projects.MapGet("/sequences/{sequence_id}/casting", (ZouId project_id, ZouId sequence_id, Actor actor, CastingService service, CancellationToken t) =>
            CastingMap(project_id, CastingScope.Sequence, sequence_id, actor, service, t)).WithName("Breakdown_SequenceCasting").WithSummary("The casting of the shots of a sequence");
        projects.MapGet("/sequences/all/casting", (ZouId project_id, Actor actor, CastingService service, CancellationToken t) =>
            CastingMap(project_id, CastingScope.AllShots, null, actor, service, t)).WithName("Breakdown_AllShotsCasting").WithSummary("The casting of every shot of a production");
        projects.MapGet("/episodes/{episode_id}/sequences/all/casting", (ZouId project_id, ZouId episode_id, Actor actor, CastingService service, CancellationToken t) =>
            CastingMap(project_id, CastingScope.EpisodeShots, episode_id, actor, service, t)).WithName("Breakdown_EpisodeShotsCasting").WithSummary("The casting of the shots of an episode");

        projects.MapGet("/entity-links", EntityLinks).WithName("Breakdown_EntityLinks").WithSummary("A production's casting links, for synchronisation");
        projects.MapDelete("/entity-links/{entity_link_id}", DeleteEntityLink).WithName("Breakdown_DeleteEntityLink").WithSummary("Remove one casting link");

        var data = api.MapGroup("/data").WithTags("Breakdown");
        data.MapGet("/shots/{shot_id}/asset-instances", (ZouId shot_id, Actor actor, AssetInstancesService service, CancellationToken t) =>
            Instances("Shot", shot_id, InstanceView.LinkedToShot, actor, service, t)).WithName("Breakdown_ShotInstances").WithSummary("The asset instances of a shot, by asset");
        data.MapPost("/shots/{shot_id}/asset-instances", AddShotInstance).WithName("Breakdown_AddShotInstance").WithSummary("Add an asset instance to a shot");
        data.MapDelete("/shots/{shot_id}/asset-instances/{asset_instance_id}", RemoveShotInstance).WithName("Breakdown_RemoveShotInstance").WithSummary("Remove an asset instance from a shot");
        data.MapGet("/scenes/{scene_id}/asset-instances", (ZouId scene_id, Actor actor, AssetInstancesService service, CancellationToken t) =>
            Instances("Scene", scene_id, InstanceView.InScene, actor, service, t)).WithName("Breakdown_SceneInstances").WithSummary("The asset instances of a scene, by asset");
        data.MapGet("/scenes/{scene_id}/camera-instances", (ZouId scene_id, Actor actor, AssetInstancesService service, CancellationToken t) =>
            Instances("Scene", scene_id, InstanceView.CamerasInScene, actor, service, t)).WithName("Breakdown_SceneCameraInstances").WithSummary("The camera instances of a scene, by asset");
        data.MapPost("/scenes/{scene_id}/asset-instances", CreateSceneInstance).WithName("Breakdown_CreateSceneInstance").WithSummary("Create an asset instance in a scene");
        return api;
    }

    private static async Task<IResult> Casting(ZouId project_id, ZouId entity_id, Actor actor, CastingService service, CancellationToken cancellationToken) =>
        ZouResults.Json(CastingJson.Casting(await service.GetAsync(actor, project_id, entity_id, cancellationToken)));

    /// <summary>ZOU: answers the body it was sent.</summary>
    private static async Task<IResult> SetCasting(ZouId project_id, ZouId entity_id, Actor actor, HttpRequest request, CastingService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadNodeAsync(request, cancellationToken);
        await service.SetAsync(actor, project_id, entity_id, BreakdownBodies.Casting(body), cancellationToken);
        return ZouResults.Json(body);
    }

    /// <summary>ZOU: answers the body it was sent.</summary>
    private static async Task<IResult> SetCastings(ZouId project_id, Actor actor, HttpRequest request, CastingService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadNodeAsync(request, cancellationToken);
        await service.SetManyAsync(actor, project_id, BreakdownBodies.Castings(body), cancellationToken);
        return ZouResults.Json(body);
    }

    /// <summary>The shots' maps name each shot's sequence.</summary>
    private static async Task<IResult> CastingMap(Guid projectId, CastingScope scope, Guid? id, Actor actor, CastingService service, CancellationToken cancellationToken) =>
        ZouResults.Json(CastingJson.Map(await service.MapAsync(actor, projectId, scope, id, cancellationToken), scope is CastingScope.Sequence or CastingScope.EpisodeShots or CastingScope.AllShots));

    private static async Task<IResult> EntityLinks(ZouId project_id, Actor actor, HttpRequest request, CastingService service, CancellationToken cancellationToken)
    {
        var (page, limit, cursor) = BreakdownBodies.LinksPaging(JsonBody.Query(request));
        return ZouResults.Json(CastingJson.EntityLinks(await service.EntityLinksAsync(actor, project_id, page, limit, cursor, cancellationToken)));
    }

    private static async Task<IResult> DeleteEntityLink(ZouId project_id, ZouId entity_link_id, Actor actor, CastingService service, CancellationToken cancellationToken)
    {
        await service.DeleteEntityLinkAsync(actor, project_id, entity_link_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Instances(string kind, Guid id, InstanceView view, Actor actor, AssetInstancesService service, CancellationToken cancellationToken) =>
        ZouResults.Json(BreakdownJson.Instances(await service.MapAsync(actor, kind, id, view, cancellationToken)));

    private static async Task<IResult> AddShotInstance(ZouId shot_id, Actor actor, HttpRequest request, AssetInstancesService service, CancellationToken cancellationToken)
    {
        var instanceId = BreakdownBodies.OptionalId(await JsonBody.ReadObjectAsync(request, cancellationToken), "asset_instance_id");
        return ZouResults.Created(EntityJson.Serialize(await service.AddToShotAsync(actor, shot_id, instanceId, cancellationToken), "Shot"));
    }

    private static async Task<IResult> RemoveShotInstance(ZouId shot_id, ZouId asset_instance_id, Actor actor, AssetInstancesService service, CancellationToken cancellationToken)
    {
        await service.RemoveFromShotAsync(actor, shot_id, asset_instance_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> CreateSceneInstance(ZouId scene_id, Actor actor, HttpRequest request, AssetInstancesService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        var instance = await service.CreateAsync(actor, "Scene", scene_id, BreakdownBodies.OptionalId(body, "asset_id"), JsonBody.GetString(body, "description"), cancellationToken);
        return ZouResults.Created(ZouSerializer.Serialize(instance));
    }
}
