using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Playlists;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Playlists;

namespace Studio.Web.Api.Playlists;

/// <summary>Zou's <c>playlists</c> blueprint: a playlist with its previews, temporary playlists, build jobs.</summary>
public static class PlaylistsEndpoints
{
    public static IEndpointRouteBuilder MapPlaylistsEndpoints(this IEndpointRouteBuilder api)
    {
        var data = api.MapGroup("/data").WithTags("Playlists");
        data.MapGet("/projects/{project_id}/playlists/{playlist_id}", Get).WithName("Playlists_Get").WithSummary("A playlist with its entries' previews and build jobs");
        data.MapPost("/projects/{project_id}/playlists/temp", Temp).WithName("Playlists_Temp").WithSummary("A temporary playlist of the tasks' latest previews");
        data.MapGet("/playlists/entities/{entity_id}/preview-files", EntityPreviews).WithName("Playlists_EntityPreviews").WithSummary("An entity's previews by task type");
        data.MapPost("/playlists/{playlist_id}/build/mp4", Build).WithName("Playlists_Build").WithSummary("Queue the playlist's movie");
        data.MapGet("/playlists/{playlist_id}/build/mp4", Build).WithName("Playlists_BuildGet").WithSummary("Queue the playlist's movie (Zou's GET form)");
        data.MapGet("/playlists/{playlist_id}/jobs/{build_job_id}", Job).WithName("Playlists_Job").WithSummary("A build job");
        data.MapDelete("/playlists/{playlist_id}/jobs/{build_job_id}", DeleteJob).WithName("Playlists_DeleteJob").WithSummary("Remove a build job and its movie");
        data.MapGet("/playlists/{playlist_id}/jobs/{build_job_id}/build/mp4", JobMovie).WithName("Playlists_JobMovie").WithSummary("Download a built playlist movie");
        return api;
    }

    private static async Task<IResult> Get(ZouId project_id, ZouId playlist_id, Actor actor, PlaylistService service, CancellationToken cancellationToken) =>
        ZouResults.Json(PlaylistJson.Detail(await service.GetAsync(actor, project_id, playlist_id, cancellationToken)));

    /// <summary><c>{task_ids: [...]}</c>, every id a string; <c>?sort</c> orders the entries by entity name.</summary>
    private static async Task<IResult> Temp(ZouId project_id, Actor actor, HttpRequest request, PlaylistService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        var ids = body["task_ids"] is JsonArray list
            ? list.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Ids.Parse(v.GetValue<string>()) : throw new WrongParameterException("Malformed ID.")).ToList()
            : throw new WrongParameterException("task_ids is missing.");
        return ZouResults.Json(PlaylistJson.Temp(await service.TempAsync(actor, project_id, ids, JsonBody.Flag(request, "sort"), cancellationToken)));
    }

    private static async Task<IResult> EntityPreviews(ZouId entity_id, Actor actor, PlaylistService service, CancellationToken cancellationToken) =>
        ZouResults.Json(PlaylistJson.ByTaskType(await service.EntityPreviewsAsync(actor, entity_id, cancellationToken)));

    /// <summary><c>?full</c> asks for a re-encoded movie instead of joined files.</summary>
    private static async Task<IResult> Build(ZouId playlist_id, Actor actor, HttpRequest request, PlaylistService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.Serialize(await service.RequestBuildAsync(actor, playlist_id, JsonBody.Flag(request, "full"), cancellationToken)));

    private static async Task<IResult> Job(ZouId playlist_id, ZouId build_job_id, Actor actor, PlaylistService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.Serialize(await service.JobAsync(actor, playlist_id, build_job_id, cancellationToken)));

    private static async Task<IResult> DeleteJob(ZouId playlist_id, ZouId build_job_id, Actor actor, PlaylistService service, CancellationToken cancellationToken)
    {
        await service.DeleteJobAsync(actor, playlist_id, build_job_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> JobMovie(ZouId playlist_id, ZouId build_job_id, Actor actor, PlaylistService service, CancellationToken cancellationToken)
    {
        var (path, name) = await service.JobFileAsync(actor, playlist_id, build_job_id, cancellationToken);
        return Results.File(path, "video/mp4", name, File.GetLastWriteTimeUtc(path), enableRangeProcessing: true);
    }
}
