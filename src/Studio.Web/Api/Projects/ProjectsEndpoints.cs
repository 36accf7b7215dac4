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

        projects.MapGet("/{project_id}/metadata-descriptors", async (string project_id, HttpContext c, MetadataDescriptorsService s, CancellationToken t) =>
            ZouResults.Json(await s.ListAsync(c.User.ToActor(), Ids.Parse(project_id), t)))
            .WithName("Projects_MetadataDescriptors").WithSummary("The extra fields of a production's entities");
        projects.MapPost("/{project_id}/metadata-descriptors", async (string project_id, HttpContext c, MetadataDescriptorsService s, CancellationToken t) =>
        {
            var projectId = Ids.Parse(project_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Created(await s.CreateAsync(c.User.ToActor(), projectId, body, t));
        }).WithName("Projects_CreateMetadataDescriptor").WithSummary("Describe a new extra field");
        projects.MapGet("/{project_id}/metadata-descriptors/{descriptor_id}", async (string project_id, string descriptor_id, HttpContext c, MetadataDescriptorsService s, CancellationToken t) =>
            ZouResults.Json(await s.GetAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(descriptor_id), t)))
            .WithName("Projects_MetadataDescriptor").WithSummary("One extra field");
        projects.MapPut("/{project_id}/metadata-descriptors/{descriptor_id}", async (string project_id, string descriptor_id, HttpContext c, MetadataDescriptorsService s, CancellationToken t) =>
        {
            var projectId = Ids.Parse(project_id);
            var id = Ids.Parse(descriptor_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Json(await s.UpdateAsync(c.User.ToActor(), projectId, id, body, t));
        }).WithName("Projects_UpdateMetadataDescriptor").WithSummary("Change an extra field (omitted settings return to their defaults)");
        projects.MapDelete("/{project_id}/metadata-descriptors/{descriptor_id}", async (string project_id, string descriptor_id, HttpContext c, MetadataDescriptorsService s, CancellationToken t) =>
        {
            await s.DeleteAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(descriptor_id), t);
            return Results.NoContent();
        }).WithName("Projects_DeleteMetadataDescriptor").WithSummary("Remove an extra field");
        projects.MapGet("/{project_id}/settings/preview-background-files", async (string project_id, HttpContext c, ProjectSettingsService s, CancellationToken t) =>
            ZouResults.Json(await s.BackgroundsAsync(c.User.ToActor(), Ids.Parse(project_id), t))).WithName("Projects_Backgrounds").WithSummary("The preview backgrounds of a production");
        projects.MapPost("/{project_id}/settings/preview-background-files", async (string project_id, HttpContext c, ProjectSettingsService s, CancellationToken t) =>
        {
            var projectId = Ids.Parse(project_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            var background = Ids.Parse(JsonBody.GetString(body, "preview_background_file_id") ?? throw new WrongParameterException("preview_background_file_id is missing."));
            return ZouResults.Created(await s.AddBackgroundAsync(c.User.ToActor(), projectId, background, t));
        }).WithName("Projects_AddBackground").WithSummary("Add a preview background to a production");
        projects.MapDelete("/{project_id}/settings/preview-background-files/{preview_background_file_id}", async (string project_id, string preview_background_file_id, HttpContext c, ProjectSettingsService s, CancellationToken t) =>
        {
            await s.RemoveBackgroundAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(preview_background_file_id), t);
            return Results.NoContent();
        }).WithName("Projects_RemoveBackground").WithSummary("Remove a preview background from a production");
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
