using Studio.Domain.Breakdown;
using Studio.Web.Api.Breakdown;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Crud;
using Studio.Web.Auth;

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
        data.MapPut("/shots/{shot_id}", async (string shot_id, HttpContext c, ShotUpdateService s, CancellationToken t) =>
        {
            var (shotId, actor) = (Ids.Parse(shot_id), c.User.ToActor());
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            await s.CheckAsync(actor, shotId, body, t);
            return ZouResults.Json(CrudJson.Row(await s.UpdateAsync(actor, shotId, CrudBody.Read<Entity>(body, update: true), t)));
        }).WithName("Shots_Update").WithSummary("Update a shot (frames, data, description…)");
        data.MapGet("/shots/{shot_id}/assets", async (string shot_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.CastAssetsAsync(c.User.ToActor(), "Shot", Ids.Parse(shot_id), t))).WithName("Shots_Assets").WithSummary("The assets cast in a shot");
        data.MapGet("/shots/{shot_id}/versions", async (string shot_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.VersionsAsync(c.User.ToActor(), "Shot", Ids.Parse(shot_id), t))).WithName("Shots_Versions").WithSummary("A shot's past states");
        data.MapGet("/scenes/{scene_id}/shots", SceneShots).WithName("Scenes_Shots").WithSummary("The shots that come from a scene");
        data.MapPost("/scenes/{scene_id}/shots", AddSceneShot).WithName("Scenes_AddShot").WithSummary("Make a scene the source of a shot");
        data.MapDelete("/scenes/{scene_id}/shots/{shot_id}", RemoveSceneShot).WithName("Scenes_RemoveShot").WithSummary("Unlink a shot from its scene");
        data.MapGet("/episodes/{episode_id}/asset-tasks", async (string episode_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.EpisodeTasksAsync(c.User.ToActor(), Ids.Parse(episode_id), EntityKinds.Asset, JsonBody.Flag(c.Request, "relations"), t)))
            .WithName("Episodes_AssetTasks").WithSummary("The tasks of an episode's assets");
        return api;
    }

    private static async Task<IResult> SceneShots(string scene_id, HttpContext context, SceneShotsService service, CancellationToken cancellationToken) =>
        ZouResults.Json(await service.ShotsAsync(context.User.ToActor(), Ids.Parse(scene_id), cancellationToken));

    private static async Task<IResult> AddSceneShot(string scene_id, HttpContext context, SceneShotsService service, CancellationToken cancellationToken)
    {
        var sceneId = Ids.Parse(scene_id);
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        return ZouResults.Created(await service.AddAsync(context.User.ToActor(), sceneId, body, cancellationToken));
    }

    private static async Task<IResult> RemoveSceneShot(string scene_id, string shot_id, HttpContext context, SceneShotsService service, CancellationToken cancellationToken)
    {
        await service.RemoveAsync(context.User.ToActor(), Ids.Parse(scene_id), Ids.Parse(shot_id), cancellationToken);
        return Results.NoContent();
    }
}
