using Studio.Domain.Access;
using Studio.Domain.Projects;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Projects;

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

        projects.MapGet("/{project_id}/metadata-descriptors", MetadataDescriptors)
            .WithName("Projects_MetadataDescriptors").WithSummary("The extra fields of a production's entities");
        projects.MapPost("/{project_id}/metadata-descriptors", CreateMetadataDescriptor).WithName("Projects_CreateMetadataDescriptor").WithSummary("Describe a new extra field");
        projects.MapGet("/{project_id}/metadata-descriptors/{descriptor_id}", OneMetadataDescriptor)
            .WithName("Projects_MetadataDescriptor").WithSummary("One extra field");
        projects.MapPut("/{project_id}/metadata-descriptors/{descriptor_id}", UpdateMetadataDescriptor)
            .WithName("Projects_UpdateMetadataDescriptor").WithSummary("Change an extra field (omitted settings return to their defaults)");
        projects.MapDelete("/{project_id}/metadata-descriptors/{descriptor_id}", DeleteMetadataDescriptor)
            .WithName("Projects_DeleteMetadataDescriptor").WithSummary("Remove an extra field");
        projects.MapGet("/{project_id}/settings/preview-background-files", Backgrounds).WithName("Projects_Backgrounds").WithSummary("The preview backgrounds of a production");
        projects.MapPost("/{project_id}/settings/preview-background-files", AddBackground).WithName("Projects_AddBackground").WithSummary("Add a preview background to a production");
        projects.MapDelete("/{project_id}/settings/preview-background-files/{preview_background_file_id}", RemoveBackground)
            .WithName("Projects_RemoveBackground").WithSummary("Remove a preview background from a production");
        return api;
    }

    private static async Task<IResult> ListTeam(ZouId project_id, Actor actor, ProjectTeamService team, CancellationToken cancellationToken) =>
        ZouResults.Json(ProjectJson.Team(await team.ListAsync(actor, project_id, cancellationToken)));

    private static async Task<IResult> AddToTeam(ZouId project_id, HttpRequest request, Actor actor, ProjectTeamService team, CancellationToken cancellationToken)
    {
        var personId = ProjectBody.RequiredId(await JsonBody.ReadObjectAsync(request, cancellationToken), "person_id");
        return ZouResults.Created(ProjectJson.WithTeam(await team.AddAsync(actor, project_id, personId, cancellationToken)));
    }

    private static async Task<IResult> RemoveFromTeam(ZouId project_id, ZouId person_id, Actor actor, ProjectTeamService team, CancellationToken cancellationToken)
    {
        await team.RemoveAsync(actor, project_id, person_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> MetadataDescriptors(ZouId project_id, Actor actor, MetadataDescriptorsService descriptors, CancellationToken cancellationToken) =>
        ZouResults.Json(MetadataDescriptorJson.List(await descriptors.ListAsync(actor, project_id, cancellationToken)));

    private static async Task<IResult> CreateMetadataDescriptor(ZouId project_id, HttpRequest request, Actor actor, MetadataDescriptorsService descriptors, CancellationToken cancellationToken)
    {
        var fields = MetadataDescriptorBody.ForCreation(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Created(MetadataDescriptorJson.Row(await descriptors.CreateAsync(actor, project_id, fields, cancellationToken)));
    }

    private static async Task<IResult> OneMetadataDescriptor(ZouId project_id, ZouId descriptor_id, Actor actor, MetadataDescriptorsService descriptors, CancellationToken cancellationToken) =>
        ZouResults.Json(MetadataDescriptorJson.Row(await descriptors.GetAsync(actor, project_id, descriptor_id, cancellationToken)));

    private static async Task<IResult> UpdateMetadataDescriptor(ZouId project_id, ZouId descriptor_id, HttpRequest request, Actor actor, MetadataDescriptorsService descriptors,
        CancellationToken cancellationToken)
    {
        var fields = MetadataDescriptorBody.ForChange(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Json(MetadataDescriptorJson.Row(await descriptors.UpdateAsync(actor, project_id, descriptor_id, fields, cancellationToken)));
    }

    private static async Task<IResult> DeleteMetadataDescriptor(ZouId project_id, ZouId descriptor_id, Actor actor, MetadataDescriptorsService descriptors, CancellationToken cancellationToken)
    {
        await descriptors.DeleteAsync(actor, project_id, descriptor_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Backgrounds(ZouId project_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        ZouResults.Json(ProjectJson.Backgrounds(await settings.BackgroundsAsync(actor, project_id, cancellationToken)));

    private static async Task<IResult> AddBackground(ZouId project_id, HttpRequest request, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken)
    {
        var background = ProjectBody.RequiredId(await JsonBody.ReadObjectAsync(request, cancellationToken), "preview_background_file_id");
        return ZouResults.Created(ProjectJson.WithLinks(await settings.AddBackgroundAsync(actor, project_id, background, cancellationToken)));
    }

    private static async Task<IResult> RemoveBackground(ZouId project_id, ZouId preview_background_file_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken)
    {
        await settings.RemoveBackgroundAsync(actor, project_id, preview_background_file_id, cancellationToken);
        return Results.NoContent();
    }
}
