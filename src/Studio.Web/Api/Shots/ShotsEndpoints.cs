using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Web.Api.Breakdown;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Tasks;
using Studio.Web.Api.Zou.Breakdown;
using Studio.Web.Api.Zou.Crud;

namespace Studio.Web.Api.Shots;

/// <summary>Zou's <c>shots</c> blueprint: shots, scenes, sequences and episodes.</summary>
public static class ShotsEndpoints
{
    public static IEndpointRouteBuilder MapShotsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapEntityKind("Shot", "shots");
        api.MapEntityKind("Scene", "scenes");
        api.MapEntityKind("Sequence", "sequences", withAll: false);
        api.MapEntityKind("Episode", "episodes", withAll: false);
        api.MapChildren("Sequence", "sequences", "Shot", "shots");
        api.MapChildren("Sequence", "sequences", "Scene", "scenes");
        api.MapChildren("Episode", "episodes", "Shot", "shots");
        api.MapChildren("Episode", "episodes", "Sequence", "sequences");

        var data = api.MapGroup("/data").WithTags("Shots");
        data.MapPut("/shots/{shot_id}", Update).WithName("Shots_Update").WithSummary("Update a shot (frames, data, description…)");
        data.MapGet("/shots/{shot_id}/assets", CastAssets).WithName("Shots_Assets").WithSummary("The assets cast in a shot");
        data.MapGet("/shots/{shot_id}/versions", Versions).WithName("Shots_Versions").WithSummary("A shot's past states");
        data.MapGet("/scenes/{scene_id}/shots", SceneShots).WithName("Scenes_Shots").WithSummary("The shots that come from a scene");
        data.MapPost("/scenes/{scene_id}/shots", AddSceneShot).WithName("Scenes_AddShot").WithSummary("Make a scene the source of a shot");
        data.MapDelete("/scenes/{scene_id}/shots/{shot_id}", RemoveSceneShot).WithName("Scenes_RemoveShot").WithSummary("Unlink a shot from its scene");
        data.MapGet("/episodes/{episode_id}/asset-tasks", AssetTasks).WithName("Episodes_AssetTasks").WithSummary("The tasks of an episode's assets");
        return api;
    }

    /// <summary>
    /// ZOU: the caller's right answers a plain 403 before the body is checked against UpdateShotSchema; then the entity
    /// update of the CRUD routes does the rest.
    /// </summary>
    private static async Task<IResult> Update(ZouId shot_id, Actor actor, HttpRequest request, ShotUpdateService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        await service.EnsureMayUpdateAsync(actor, shot_id, cancellationToken);
        BreakdownBodies.ShotUpdate(body);
        return ZouResults.Json(CrudJson.Row(await service.UpdateAsync(actor, shot_id, CrudBody.Read<Entity>(body, update: true), cancellationToken)));
    }

    private static async Task<IResult> CastAssets(ZouId shot_id, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(EntityJson.List(await queries.CastAssetsAsync(actor, "Shot", shot_id, cancellationToken)));

    private static async Task<IResult> Versions(ZouId shot_id, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(BreakdownJson.Versions(await queries.VersionsAsync(actor, "Shot", shot_id, cancellationToken), "Shot"));

    private static async Task<IResult> SceneShots(ZouId scene_id, Actor actor, SceneShotsService service, CancellationToken cancellationToken) =>
        ZouResults.Json(EntityJson.List(await service.ShotsAsync(actor, scene_id, cancellationToken)));

    private static async Task<IResult> AddSceneShot(ZouId scene_id, Actor actor, HttpRequest request, SceneShotsService service, CancellationToken cancellationToken)
    {
        var shotId = BreakdownBodies.SceneShot(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Created(EntityJson.Serialize(await service.AddAsync(actor, scene_id, shotId, cancellationToken), "Shot"));
    }

    private static async Task<IResult> RemoveSceneShot(ZouId scene_id, ZouId shot_id, Actor actor, SceneShotsService service, CancellationToken cancellationToken)
    {
        await service.RemoveAsync(actor, scene_id, shot_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> AssetTasks(ZouId episode_id, Actor actor, HttpRequest request, EpisodeTaskQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(TaskJson.Detailed(await queries.EpisodeTasksAsync(actor, episode_id, EntityKinds.Asset, JsonBody.Flag(request, "relations"), cancellationToken)));
}
