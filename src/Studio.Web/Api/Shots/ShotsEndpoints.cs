using Studio.Domain.Breakdown;
using Studio.Domain.Crud;
using Studio.Web.Api.Breakdown;
using Studio.Web.Api.Zou;
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
        data.MapPut("/shots/{shot_id}", async (string shot_id, HttpContext c, BreakdownService s, CrudService crud, CancellationToken t) =>
        {
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Json(await s.UpdateShotAsync(crud, c.User.ToActor(), Ids.Parse(shot_id), body, t));
        }).WithName("Shots_Update").WithSummary("Update a shot (frames, data, description…)");
        data.MapGet("/shots/{shot_id}/assets", async (string shot_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.CastAssetsAsync(c.User.ToActor(), "Shot", Ids.Parse(shot_id), t))).WithName("Shots_Assets").WithSummary("The assets cast in a shot");
        data.MapGet("/shots/{shot_id}/versions", async (string shot_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.VersionsAsync(c.User.ToActor(), "Shot", Ids.Parse(shot_id), t))).WithName("Shots_Versions").WithSummary("A shot's past states");
        data.MapGet("/episodes/{episode_id}/asset-tasks", async (string episode_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
            ZouResults.Json(await q.EpisodeTasksAsync(c.User.ToActor(), Ids.Parse(episode_id), EntityKinds.Asset, JsonBody.Flag(c.Request, "relations"), t)))
            .WithName("Episodes_AssetTasks").WithSummary("The tasks of an episode's assets");
        return api;
    }
}
