using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Breakdown;

/// <summary>Zou's <c>breakdown</c> blueprint: casting, entity links and asset instances.</summary>
public static class BreakdownEndpoints
{
    public static IEndpointRouteBuilder MapBreakdownEndpoints(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/data/projects/{project_id}").WithTags("Breakdown");
        projects.MapGet("/entities/{entity_id}/casting", async (string project_id, string entity_id, HttpContext c, CastingService s, CancellationToken t) =>
            ZouResults.Json(await s.GetAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(entity_id), t)))
            .WithName("Breakdown_Casting").WithSummary("The assets cast in an entity");
        projects.MapPut("/entities/{entity_id}/casting", async (string project_id, string entity_id, HttpContext c, CastingService s, CancellationToken t) =>
        {
            var projectId = Ids.Parse(project_id);
            var entityId = Ids.Parse(entity_id);
            var body = await JsonBody.ReadNodeAsync(c.Request, t) as JsonArray ?? throw new WrongParameterException("Request body must be a JSON array");
            return ZouResults.Json(await s.SetAsync(c.User.ToActor(), projectId, entityId, body, t));
        }).WithName("Breakdown_SetCasting").WithSummary("Replace the casting of an entity");
        projects.MapPut("/entities/casting", async (string project_id, HttpContext c, CastingService s, CancellationToken t) =>
        {
            var projectId = Ids.Parse(project_id);
            var body = await JsonBody.ReadNodeAsync(c.Request, t) as JsonObject
                ?? throw new WrongParameterException("Request body must be a JSON object mapping entity ids to casting arrays");
            return ZouResults.Json(await s.SetManyAsync(c.User.ToActor(), projectId, body, t));
        }).WithName("Breakdown_SetCastings").WithSummary("Replace the casting of several entities");
        MapCasting(projects, "/asset-types/{asset_type_id}/casting", CastingScope.AssetType, "asset_type_id", "Breakdown_AssetTypeCasting", "The casting of the assets of a type");
        MapCasting(projects, "/episodes/casting", CastingScope.Episodes, null, "Breakdown_EpisodesCasting", "The casting of every episode");
        MapCasting(projects, "/sequences/{sequence_id}/casting", CastingScope.Sequence, "sequence_id", "Breakdown_SequenceCasting", "The casting of the shots of a sequence");
        MapCasting(projects, "/sequences/all/casting", CastingScope.AllShots, null, "Breakdown_AllShotsCasting", "The casting of every shot of a production");
        MapCasting(projects, "/episodes/{episode_id}/sequences/all/casting", CastingScope.EpisodeShots, "episode_id", "Breakdown_EpisodeShotsCasting", "The casting of the shots of an episode");

        projects.MapGet("/entity-links", async (string project_id, HttpContext c, CastingService s, CancellationToken t) =>
        {
            var query = JsonBody.Query(c.Request);
            var cursor = query.TryGetValue("cursor_created_at", out var text) && text.Length > 0
                ? DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
                    ? at : throw new WrongParameterException("Invalid cursor_created_at.")
                : (DateTime?)null;
            return ZouResults.Json(await s.EntityLinksAsync(c.User.ToActor(), Ids.Parse(project_id), Int(query, "page"), Int(query, "limit"), cursor, t));
        }).WithName("Breakdown_EntityLinks").WithSummary("A production's casting links, for synchronisation");
        projects.MapDelete("/entity-links/{entity_link_id}", async (string project_id, string entity_link_id, HttpContext c, CastingService s, CancellationToken t) =>
        {
            await s.DeleteEntityLinkAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(entity_link_id), t);
            return Results.NoContent();
        }).WithName("Breakdown_DeleteEntityLink").WithSummary("Remove one casting link");

        var data = api.MapGroup("/data").WithTags("Breakdown");
        data.MapGet("/shots/{shot_id}/asset-instances", async (string shot_id, HttpContext c, AssetInstancesService s, CancellationToken t) =>
            ZouResults.Json(await s.MapAsync(c.User.ToActor(), "Shot", Ids.Parse(shot_id), InstanceView.LinkedToShot, t)))
            .WithName("Breakdown_ShotInstances").WithSummary("The asset instances of a shot, by asset");
        data.MapPost("/shots/{shot_id}/asset-instances", async (string shot_id, HttpContext c, AssetInstancesService s, CancellationToken t) =>
        {
            var shotId = Ids.Parse(shot_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Created(await s.AddToShotAsync(c.User.ToActor(), shotId, AssetInstancesService.IdOf(body, "asset_instance_id"), t));
        }).WithName("Breakdown_AddShotInstance").WithSummary("Add an asset instance to a shot");
        data.MapDelete("/shots/{shot_id}/asset-instances/{asset_instance_id}", async (string shot_id, string asset_instance_id, HttpContext c, AssetInstancesService s, CancellationToken t) =>
        {
            await s.RemoveFromShotAsync(c.User.ToActor(), Ids.Parse(shot_id), Ids.Parse(asset_instance_id), t);
            return Results.NoContent();
        }).WithName("Breakdown_RemoveShotInstance").WithSummary("Remove an asset instance from a shot");
        data.MapGet("/scenes/{scene_id}/asset-instances", async (string scene_id, HttpContext c, AssetInstancesService s, CancellationToken t) =>
            ZouResults.Json(await s.MapAsync(c.User.ToActor(), "Scene", Ids.Parse(scene_id), InstanceView.InScene, t)))
            .WithName("Breakdown_SceneInstances").WithSummary("The asset instances of a scene, by asset");
        data.MapGet("/scenes/{scene_id}/camera-instances", async (string scene_id, HttpContext c, AssetInstancesService s, CancellationToken t) =>
            ZouResults.Json(await s.MapAsync(c.User.ToActor(), "Scene", Ids.Parse(scene_id), InstanceView.CamerasInScene, t)))
            .WithName("Breakdown_SceneCameraInstances").WithSummary("The camera instances of a scene, by asset");
        data.MapPost("/scenes/{scene_id}/asset-instances", async (string scene_id, HttpContext c, AssetInstancesService s, CancellationToken t) =>
        {
            var sceneId = Ids.Parse(scene_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Created(await s.CreateAsync(c.User.ToActor(), "Scene", sceneId, AssetInstancesService.IdOf(body, "asset_id"), JsonBody.GetString(body, "description"), t));
        }).WithName("Breakdown_CreateSceneInstance").WithSummary("Create an asset instance in a scene");
        return api;
    }

    private static void MapCasting(RouteGroupBuilder projects, string path, CastingScope scope, string? idKey, string name, string summary) =>
        projects.MapGet(path, async (string project_id, HttpContext c, CastingService s, CancellationToken t) =>
        {
            var id = idKey is null ? (Guid?)null : Ids.Parse(c.Request.RouteValues[idKey]?.ToString() ?? "");
            return ZouResults.Json(await s.MapAsync(c.User.ToActor(), Ids.Parse(project_id), scope, id, t));
        }).WithName(name).WithSummary(summary);

    private static int? Int(IReadOnlyDictionary<string, string> query, string key) =>
        !query.TryGetValue(key, out var text) ? null
            : int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : throw new WrongParameterException($"{key} must be an integer.");
}
