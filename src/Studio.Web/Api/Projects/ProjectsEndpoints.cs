using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Projects;
using Studio.Domain.Timesheets;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Projects;
using Studio.Web.Api.Zou.Timesheets;

namespace Studio.Web.Api.Projects;

/// <summary>Zou's <c>projects</c> blueprint: a production's team, its logged time, its settings lists and its metadata descriptors.</summary>
public static class ProjectsEndpoints
{
    public static IEndpointRouteBuilder MapProjectsEndpoints(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/data/projects").WithTags("Projects");
        projects.MapGet("/{project_id}/time-spents", TimeSpents).WithName("Projects_TimeSpents").WithSummary("Every time spent logged on a production's tasks");
        projects.MapGet("/{project_id}/day-offs", DayOffs).WithName("Projects_DayOffs").WithSummary("The days off of a production's team, by person (a date range optional)");
        projects.MapGet("/{project_id}/team", ListTeam).WithName("Projects_Team").WithSummary("The people of a production's team");
        projects.MapPost("/{project_id}/team", AddToTeam).WithName("Projects_AddToTeam").WithSummary("Add a person to a production's team");
        projects.MapDelete("/{project_id}/team/{person_id}", RemoveFromTeam).WithName("Projects_RemoveFromTeam").WithSummary("Remove a person from a production's team");

        projects.MapPost("/{project_id}/settings/asset-types", AddAssetType).WithName("Projects_AddAssetType").WithSummary("Add an asset type to a production");
        projects.MapDelete("/{project_id}/settings/asset-types/{asset_type_id}", RemoveAssetType)
            .WithName("Projects_RemoveAssetType").WithSummary("Remove an asset type from a production");
        projects.MapPost("/{project_id}/settings/task-types", AddTaskType).WithName("Projects_AddTaskType").WithSummary("Add a task type to a production, with its priority there");
        projects.MapDelete("/{project_id}/settings/task-types/{task_type_id}", RemoveTaskType)
            .WithName("Projects_RemoveTaskType").WithSummary("Remove a task type from a production");
        projects.MapGet("/{project_id}/settings/task-status", TaskStatuses).WithName("Projects_TaskStatuses").WithSummary("The task statuses of a production");
        projects.MapPost("/{project_id}/settings/task-status", AddTaskStatus).WithName("Projects_AddTaskStatus").WithSummary("Add a task status to a production");
        projects.MapDelete("/{project_id}/settings/task-status/{task_status_id}", RemoveTaskStatus)
            .WithName("Projects_RemoveTaskStatus").WithSummary("Remove a task status from a production");
        projects.MapPost("/{project_id}/settings/batch", SettingsBatch).WithName("Projects_SettingsBatch")
            .WithSummary("Add task types (with priorities), task statuses and asset types to a production at once");
        projects.MapGet("/{project_id}/settings/status-automations", StatusAutomations).WithName("Projects_StatusAutomations").WithSummary("The status automations of a production");
        projects.MapPost("/{project_id}/settings/status-automations", AddStatusAutomation)
            .WithName("Projects_AddStatusAutomation").WithSummary("Add a status automation to a production");
        projects.MapDelete("/{project_id}/settings/status-automations/{status_automation_id}", RemoveStatusAutomation)
            .WithName("Projects_RemoveStatusAutomation").WithSummary("Remove a status automation from a production");
        projects.MapGet("/{project_id}/settings/preview-background-files", Backgrounds).WithName("Projects_Backgrounds").WithSummary("The preview backgrounds of a production");
        projects.MapPost("/{project_id}/settings/preview-background-files", AddBackground).WithName("Projects_AddBackground").WithSummary("Add a preview background to a production");
        projects.MapDelete("/{project_id}/settings/preview-background-files/{preview_background_file_id}", RemoveBackground)
            .WithName("Projects_RemoveBackground").WithSummary("Remove a preview background from a production");

        projects.MapGet("/{project_id}/metadata-descriptors", MetadataDescriptors)
            .WithName("Projects_MetadataDescriptors").WithSummary("The extra fields of a production's entities");
        projects.MapPost("/{project_id}/metadata-descriptors", CreateMetadataDescriptor).WithName("Projects_CreateMetadataDescriptor").WithSummary("Describe a new extra field");
        projects.MapGet("/{project_id}/metadata-descriptors/{descriptor_id}", OneMetadataDescriptor)
            .WithName("Projects_MetadataDescriptor").WithSummary("One extra field");
        projects.MapPut("/{project_id}/metadata-descriptors/{descriptor_id}", UpdateMetadataDescriptor)
            .WithName("Projects_UpdateMetadataDescriptor").WithSummary("Change an extra field (omitted settings return to their defaults)");
        projects.MapDelete("/{project_id}/metadata-descriptors/{descriptor_id}", DeleteMetadataDescriptor)
            .WithName("Projects_DeleteMetadataDescriptor").WithSummary("Remove an extra field");
        return api;
    }

    private static async Task<IResult> TimeSpents(ZouId project_id, Actor actor, TimesheetService timesheets, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await timesheets.ProjectRowsAsync(actor, project_id, cancellationToken)));

    /// <summary>ZOU: <c>{"&lt;person_id&gt;": [days off…]}</c>, each without its description unless the caller may read it.</summary>
    private static async Task<IResult> DayOffs(ZouId project_id, HttpRequest request, Actor actor, DayOffService dayOffs, CancellationToken cancellationToken)
    {
        var (start, end) = TimesheetJson.QueryRange(request);
        var result = new JsonObject();
        foreach (var group in (await dayOffs.OfProductionAsync(actor, project_id, start, end, cancellationToken)).GroupBy(d => d.DayOff.PersonId))
        {
            result[group.Key?.ToString() ?? "None"] = new JsonArray([.. group.Select(d =>
            {
                var row = ZouSerializer.Serialize(d.DayOff);
                if (!d.ShowsDescription)
                {
                    row.Remove("description");
                }

                return (JsonNode)row;
            })]);
        }

        return ZouResults.Json(result);
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

    private static Task<IResult> AddAssetType(ZouId project_id, HttpRequest request, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        AddAsync(project_id, request, "asset_type_id", ProjectSettingsList.AssetTypes, actor, settings, cancellationToken);

    private static Task<IResult> RemoveAssetType(ZouId project_id, ZouId asset_type_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        RemoveAsync(project_id, ProjectSettingsList.AssetTypes, asset_type_id, actor, settings, cancellationToken);

    private static async Task<IResult> AddTaskType(ZouId project_id, HttpRequest request, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken)
    {
        var taskType = ProjectSettingsBody.TaskType(await JsonBody.ReadOptionalObjectAsync(request, cancellationToken));
        return ZouResults.Created(ProjectJson.Row(await settings.AddTaskTypeAsync(actor, project_id, taskType.TaskTypeId, taskType.Priority, cancellationToken)));
    }

    private static Task<IResult> RemoveTaskType(ZouId project_id, ZouId task_type_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        RemoveAsync(project_id, ProjectSettingsList.TaskTypes, task_type_id, actor, settings, cancellationToken);

    private static async Task<IResult> TaskStatuses(ZouId project_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        ZouResults.Json(ProjectJson.Rows(await settings.TaskStatusesAsync(actor, project_id, cancellationToken)));

    private static Task<IResult> AddTaskStatus(ZouId project_id, HttpRequest request, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        AddAsync(project_id, request, "task_status_id", ProjectSettingsList.TaskStatuses, actor, settings, cancellationToken);

    private static Task<IResult> RemoveTaskStatus(ZouId project_id, ZouId task_status_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        RemoveAsync(project_id, ProjectSettingsList.TaskStatuses, task_status_id, actor, settings, cancellationToken);

    /// <summary>ZOU: the batch answers 200, where the single additions answer 201.</summary>
    private static async Task<IResult> SettingsBatch(ZouId project_id, HttpRequest request, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken)
    {
        var batch = ProjectSettingsBody.Batch(await JsonBody.ReadOptionalObjectAsync(request, cancellationToken));
        return ZouResults.Json(ProjectJson.Row(await settings.BatchAsync(actor, project_id, batch, cancellationToken)));
    }

    private static async Task<IResult> StatusAutomations(ZouId project_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        ZouResults.Json(ProjectJson.Rows(await settings.StatusAutomationsAsync(actor, project_id, cancellationToken)));

    private static Task<IResult> AddStatusAutomation(ZouId project_id, HttpRequest request, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        AddAsync(project_id, request, "status_automation_id", ProjectSettingsList.StatusAutomations, actor, settings, cancellationToken);

    private static Task<IResult> RemoveStatusAutomation(ZouId project_id, ZouId status_automation_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        RemoveAsync(project_id, ProjectSettingsList.StatusAutomations, status_automation_id, actor, settings, cancellationToken);

    private static async Task<IResult> Backgrounds(ZouId project_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        ZouResults.Json(ProjectJson.Rows(await settings.BackgroundsAsync(actor, project_id, cancellationToken)));

    private static Task<IResult> AddBackground(ZouId project_id, HttpRequest request, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        AddAsync(project_id, request, "preview_background_file_id", ProjectSettingsList.PreviewBackgroundFiles, actor, settings, cancellationToken);

    private static Task<IResult> RemoveBackground(ZouId project_id, ZouId preview_background_file_id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken) =>
        RemoveAsync(project_id, ProjectSettingsList.PreviewBackgroundFiles, preview_background_file_id, actor, settings, cancellationToken);

    /// <summary>The settings additions that take one id: 201 and the production.</summary>
    private static async Task<IResult> AddAsync(Guid projectId, HttpRequest request, string key, ProjectSettingsList list, Actor actor, ProjectSettingsService settings,
        CancellationToken cancellationToken)
    {
        var id = ProjectSettingsBody.Id(await JsonBody.ReadOptionalObjectAsync(request, cancellationToken), key);
        return ZouResults.Created(ProjectJson.Row(await settings.AddAsync(actor, projectId, list, id, cancellationToken)));
    }

    private static async Task<IResult> RemoveAsync(Guid projectId, ProjectSettingsList list, Guid id, Actor actor, ProjectSettingsService settings, CancellationToken cancellationToken)
    {
        await settings.RemoveAsync(actor, projectId, list, id, cancellationToken);
        return Results.NoContent();
    }
}
