using Studio.Domain.Breakdown;
using Studio.Web.Api.Breakdown;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Edits;

/// <summary>Zou's <c>edits</c> blueprint: edits, alone or by episode, with their tasks.</summary>
public static class EditsEndpoints
{
    public static IEndpointRouteBuilder MapEditsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapEntityKind("Edit", "edits");
        api.MapChildren("Episode", "episodes", "Edit", "edits");
        api.MapGroup("/data").WithTags("Edits")
            .MapGet("/episodes/{episode_id}/edit-tasks", async (string episode_id, HttpContext c, BreakdownQueries q, CancellationToken t) =>
                ZouResults.Json(await q.EpisodeTasksAsync(c.User.ToActor(), Ids.Parse(episode_id), "Edit", JsonBody.Flag(c.Request, "relations"), t)))
            .WithName("Episodes_EditTasks").WithSummary("The tasks of an episode's edits");
        api.MapGroup("/data").WithTags("Edits")
            .MapGet("/edits/{edit_id}/versions", Versions).WithName("Edits_Versions").WithSummary("An edit's past states");
        return api;
    }

    private static async Task<IResult> Versions(string edit_id, HttpContext context, BreakdownQueries queries, CancellationToken cancellationToken) =>
        ZouResults.Json(await queries.VersionsAsync(context.User.ToActor(), "Edit", Ids.Parse(edit_id), cancellationToken));
}
