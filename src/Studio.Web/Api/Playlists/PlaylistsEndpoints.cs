using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Playlists;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Playlists;

/// <summary>Zou's <c>playlists</c> blueprint: a playlist with its previews, temporary playlists, build jobs.</summary>
public static class PlaylistsEndpoints
{
    public static IEndpointRouteBuilder MapPlaylistsEndpoints(this IEndpointRouteBuilder api)
    {
        var data = api.MapGroup("/data").WithTags("Playlists");
        data.MapGet("/projects/{project_id}/playlists/{playlist_id}", async (string project_id, string playlist_id, HttpContext c, PlaylistService s, CancellationToken t) =>
            ZouResults.Json(await s.GetAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(playlist_id), t))).WithName("Playlists_Get").WithSummary("A playlist with its entries' previews and build jobs");
        data.MapPost("/projects/{project_id}/playlists/temp", async (string project_id, HttpContext c, PlaylistService s, CancellationToken t) =>
        {
            var projectId = Ids.Parse(project_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            var ids = body["task_ids"] is JsonArray list
                ? list.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Ids.Parse(v.GetValue<string>()) : throw new WrongParameterException("Malformed ID.")).ToList()
                : throw new WrongParameterException("task_ids is missing.");
            return ZouResults.Json(await s.TempAsync(c.User.ToActor(), projectId, ids, JsonBody.Flag(c.Request, "sort"), t));
        }).WithName("Playlists_Temp").WithSummary("A temporary playlist of the tasks' latest previews");
        data.MapGet("/playlists/entities/{entity_id}/preview-files", async (string entity_id, HttpContext c, PlaylistService s, CancellationToken t) =>
            ZouResults.Json(await s.EntityPreviewsAsync(c.User.ToActor(), Ids.Parse(entity_id), t))).WithName("Playlists_EntityPreviews").WithSummary("An entity's previews by task type");
        data.MapPost("/playlists/{playlist_id}/build/mp4", (string playlist_id, HttpContext c, PlaylistService s, CancellationToken t) => BuildAsync(playlist_id, c, s, t))
            .WithName("Playlists_Build").WithSummary("Queue the playlist's movie");
        data.MapGet("/playlists/{playlist_id}/build/mp4", (string playlist_id, HttpContext c, PlaylistService s, CancellationToken t) => BuildAsync(playlist_id, c, s, t))
            .WithName("Playlists_BuildGet").WithSummary("Queue the playlist's movie (Zou's GET form)");
        data.MapGet("/playlists/{playlist_id}/jobs/{build_job_id}", async (string playlist_id, string build_job_id, HttpContext c, PlaylistService s, CancellationToken t) =>
            ZouResults.Json(await s.JobAsync(c.User.ToActor(), Ids.Parse(playlist_id), Ids.Parse(build_job_id), t))).WithName("Playlists_Job").WithSummary("A build job");
        data.MapDelete("/playlists/{playlist_id}/jobs/{build_job_id}", async (string playlist_id, string build_job_id, HttpContext c, PlaylistService s, CancellationToken t) =>
        {
            await s.DeleteJobAsync(c.User.ToActor(), Ids.Parse(playlist_id), Ids.Parse(build_job_id), t);
            return Results.NoContent();
        }).WithName("Playlists_DeleteJob").WithSummary("Remove a build job and its movie");
        data.MapGet("/playlists/{playlist_id}/jobs/{build_job_id}/build/mp4", async (string playlist_id, string build_job_id, HttpContext c, PlaylistService s, CancellationToken t) =>
        {
            var (path, name) = await s.JobFileAsync(c.User.ToActor(), Ids.Parse(playlist_id), Ids.Parse(build_job_id), t);
            return Results.File(path, "video/mp4", name, File.GetLastWriteTimeUtc(path), enableRangeProcessing: true);
        }).WithName("Playlists_JobMovie").WithSummary("Download a built playlist movie");
        return api;
    }

    private static async Task<IResult> BuildAsync(string playlistId, HttpContext context, PlaylistService service, CancellationToken cancellationToken) =>
        ZouResults.Json(await service.RequestBuildAsync(context.User.ToActor(), Ids.Parse(playlistId), JsonBody.Flag(context.Request, "full"), cancellationToken));
}
