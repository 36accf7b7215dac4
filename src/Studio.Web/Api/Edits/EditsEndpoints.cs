using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Web.Api.Breakdown;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Tasks;
using Studio.Web.Api.Zou.Breakdown;

namespace Studio.Web.Api.Edits;

/// <summary>Zou's <c>edits</c> blueprint: edits, alone or by episode, with their tasks.</summary>
public static class EditsEndpoints
{
    public static IEndpointRouteBuilder MapEditsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapEntityKind("Edit", "edits");
        api.MapChildren("Episode", "episodes", "Edit", "edits");
        api.MapGroup("/data").WithTags("Edits")
            .MapGet("/episodes/{episode_id}/edit-tasks", EditTasks).WithName("Episodes_EditTasks").WithSummary("The tasks of an episode's edits");
        api.MapGroup("/data").WithTags("Edits")
            .MapGet("/edits/{edit_id}/versions", Versions).WithName("Edits_Versions").WithSummary("An edit's past states");
        return api;
    }

    private static async Task<IResult> EditTasks(ZouId episode_id, Actor actor, HttpRequest request, EpisodeTaskQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(TaskJson.Detailed(await queries.EpisodeTasksAsync(actor, episode_id, "Edit", JsonBody.Flag(request, "relations"), cancellationToken)));

    private static async Task<IResult> Versions(ZouId edit_id, Actor actor, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(BreakdownJson.Versions(await queries.VersionsAsync(actor, "Edit", edit_id, cancellationToken), "Edit"));
}
