using Studio.Domain.Common;
using Studio.Domain.Projects;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Projects;

/// <summary>Zou's <c>projects</c> blueprint (the team routes of the foundation).</summary>
public static class ProjectsEndpoints
{
    public static IEndpointRouteBuilder MapProjectsEndpoints(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/data/projects").WithTags("Projects");
        projects.MapGet("/{project_id}/team", ListTeam).WithName("Projects_Team").WithSummary("The people of a production's team");
        projects.MapPost("/{project_id}/team", AddToTeam).WithName("Projects_AddToTeam").WithSummary("Add a person to a production's team");
        projects.MapDelete("/{project_id}/team/{person_id}", RemoveFromTeam).WithName("Projects_RemoveFromTeam").WithSummary("Remove a person from a production's team");
        return api;
    }

    private static async Task<IResult> ListTeam(string project_id, HttpContext context, ProjectTeamService team, CancellationToken cancellationToken) =>
        ZouResults.Json(await team.ListAsync(context.User.ToActor(), Ids.Parse(project_id), cancellationToken));

    private static async Task<IResult> AddToTeam(string project_id, HttpContext context, ProjectTeamService team, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var personId = Ids.Parse(JsonBody.GetString(body, "person_id") ?? throw new WrongParameterException("person_id is missing."));
        return ZouResults.Created(await team.AddAsync(context.User.ToActor(), Ids.Parse(project_id), personId, cancellationToken));
    }

    private static async Task<IResult> RemoveFromTeam(string project_id, string person_id, HttpContext context, ProjectTeamService team, CancellationToken cancellationToken)
    {
        await team.RemoveAsync(context.User.ToActor(), Ids.Parse(project_id), Ids.Parse(person_id), cancellationToken);
        return Results.NoContent();
    }
}
