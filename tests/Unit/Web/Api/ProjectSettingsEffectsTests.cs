using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Projects;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// What a production's settings routes change: its lists, the task type priorities of the user context, its
/// <c>updated_at</c> and the <c>project:update</c> event; Zou's idempotence rules; the batch; and the settings page's
/// save, which follows the same rules.
/// </summary>
public sealed class ProjectSettingsEffectsTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private ApiClient Admin => fixture.Admin;

    [Fact]
    public async Task AddTaskType_AnswersTheProductionWithoutRelations_ThenListsItWithItsPriority()
    {
        var (project, manager) = await ProductionAsync();
        var taskType = (await TaskTypesAsync())[0];
        var before = await ProjectAsync(project);
        fixture.Factory.Clock.Advance(TimeSpan.FromSeconds(2));
        using var events = Capture();

        var answer = await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/settings/task-types", new { task_type_id = taskType, priority = 3 });

        var keys = answer!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["from_schedule_version_id", "id", "created_at", "updated_at", "type"], keys.TakeLast(5));
        Assert.DoesNotContain("task_types", keys);
        Assert.Equal("Project", answer["type"]!.GetValue<string>());
        Assert.NotEqual(before["updated_at"]!.GetValue<string>(), answer["updated_at"]!.GetValue<string>());
        Assert.Equal([taskType], Ids((await ProjectAsync(project))["task_types"]));
        Assert.Equal("""{"KEY":3}""".Replace("KEY", taskType, StringComparison.Ordinal), (await ContextAsync(manager, project))["task_types_priority"]!.ToJsonString());
        Assert.Equal(["project:update"], events.Of(project));
    }

    /// <summary>ZOU: a task type already there keeps its priority, yet the production is saved and announced again.</summary>
    [Fact]
    public async Task AddTaskType_AlreadyThere_KeepsItsPriority_AndIsAnnouncedAgain_WithoutPriorityItHasNone()
    {
        var (project, manager) = await ProductionAsync();
        var types = await TaskTypesAsync();
        var path = $"/data/projects/{project}/settings/task-types";
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { task_type_id = types[0], priority = 3 });
        using var events = Capture();

        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { task_type_id = types[0], priority = 7 });
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { task_type_id = types[1] });

        var priorities = (await ContextAsync(manager, project))["task_types_priority"]!;
        Assert.Equal(3, priorities[types[0]]!.GetValue<int>());
        Assert.True(priorities.AsObject().ContainsKey(types[1]));
        Assert.Null(priorities[types[1]]);
        Assert.Equal(["project:update", "project:update"], events.Of(project));
    }

    /// <summary>ZOU: the other lists answer a row they already hold with the production, saving and announcing nothing.</summary>
    [Fact]
    public async Task AddToTheOtherLists_ListsTheRows_AndAddingOneAgain_ChangesAndAnnouncesNothing()
    {
        var (project, manager) = await ProductionAsync();
        var settings = $"/data/projects/{project}/settings";
        var (assetType, status, automation) = (fixture.World["asset_type"], fixture.World["task_status"], await AutomationAsync());
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/asset-types", new { asset_type_id = assetType });
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/task-status", new { task_status_id = status });
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/status-automations", new { status_automation_id = automation });
        var before = await ProjectAsync(project);
        using var events = Capture();

        var again = await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/asset-types", new { asset_type_id = assetType });
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/task-status", new { task_status_id = status });
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/status-automations", new { status_automation_id = automation });

        var after = await ProjectAsync(project);
        Assert.Empty(events.Of(project));
        Assert.Equal(before["updated_at"]!.GetValue<string>(), again!["updated_at"]!.GetValue<string>());
        Assert.Equal([assetType], Ids(after["asset_types"]));
        Assert.Equal([status], Ids(after["task_statuses"]));
        Assert.Equal([automation], Ids(after["status_automations"]));
        Assert.Equal([status], Ids(await manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"{settings}/task-status")));
        Assert.Equal([automation], Ids(await manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"{settings}/status-automations")));
        Assert.Equal("""{"priority":null,"roles_for_board":["user","admin","supervisor","manager","vendor"]}""",
            (await ContextAsync(manager, project))["task_statuses_link"]![status]!.ToJsonString());
    }

    /// <summary>ZOU: removing what a list does not hold (or a row that does not exist) is no error, and is announced.</summary>
    [Fact]
    public async Task Remove_TakesTheRowOff_AndRemovingWhatIsNotThere_IsA204ThatIsAnnounced()
    {
        var (project, manager) = await ProductionAsync();
        var taskType = (await TaskTypesAsync())[0];
        var settings = $"/data/projects/{project}/settings";
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/task-types", new { task_type_id = taskType, priority = 1 });
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/task-status", new { task_status_id = fixture.World["task_status"] });
        using var events = Capture();

        await manager.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{settings}/task-types/{taskType}");
        await manager.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{settings}/task-status/{fixture.World["task_status"]}");
        await manager.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{settings}/task-types/{taskType}");
        await manager.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{settings}/asset-types/{Guid.NewGuid()}");

        var after = await ProjectAsync(project);
        Assert.Empty(Ids(after["task_types"]));
        Assert.Empty(Ids(after["task_statuses"]));
        Assert.Empty((await ContextAsync(manager, project))["task_types_priority"]!.AsObject());
        Assert.Equal(Enumerable.Repeat("project:update", 4), events.Of(project));
    }

    [Fact]
    public async Task Batch_AddsAndReprioritises_SkipsUnknownIds_ThenReplacesTheTaskTypes()
    {
        var (project, manager) = await ProductionAsync();
        var types = await TaskTypesAsync();
        var (a, b, c) = (types[0], types[1], types[2]);
        var settings = $"/data/projects/{project}/settings";
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/task-types", new { task_type_id = a, priority = 1 });
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/task-types", new { task_type_id = b, priority = 2 });
        using var events = Capture();

        var answer = await manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{settings}/batch", new
        {
            task_types = new object[] { new { task_type_id = a, priority = 5 }, new { task_type_id = b }, new { task_type_id = c }, new { task_type_id = Guid.NewGuid() } },
            task_status_ids = new[] { fixture.World["task_status"], Guid.NewGuid().ToString() },
            asset_type_ids = new[] { fixture.World["asset_type"], fixture.World["asset_type"] },
        });
        var added = await ContextAsync(manager, project);
        await manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{settings}/batch", new { task_types = new[] { new { task_type_id = c, priority = "9" } }, replace_task_types = "true" });

        var replaced = await ContextAsync(manager, project);
        Assert.Equal("Project", answer!["type"]!.GetValue<string>());
        Assert.False(answer.AsObject().ContainsKey("task_types"));
        Assert.Equal($$"""{"{{a}}":5,"{{b}}":2,"{{c}}":null}""", Sorted(added["task_types_priority"]!, [a, b, c]));
        Assert.Equal([fixture.World["task_status"]], Ids(added["task_statuses"]));
        Assert.Equal([fixture.World["asset_type"]], Ids(added["asset_types"]));
        Assert.Equal($$"""{"{{c}}":9}""", replaced["task_types_priority"]!.ToJsonString());
        Assert.Equal(["project:update", "project:update"], events.Of(project));
    }

    /// <summary>The settings page saves a ticked set through the domain: what stays keeps its priority, the rest as the routes do.</summary>
    [Fact]
    public async Task SettingsPageSave_KeepsThePriorityOfWhatStays_AddsAndRemovesAsTheRoutesDo()
    {
        var (project, manager) = await ProductionAsync();
        var types = await TaskTypesAsync();
        var (a, b, c) = (types[0], types[1], types[2]);
        var settings = $"/data/projects/{project}/settings";
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/task-types", new { task_type_id = a, priority = 4 });
        await manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{settings}/task-types", new { task_type_id = b, priority = 6 });
        var service = fixture.Factory.Services.GetRequiredService<ProjectSettingsService>();
        var (_, artistId) = await fixture.Factory.PersonAsync("user");
        await Admin.TeamAddAsync(project, artistId);
        using var events = Capture();

        await service.ReplaceAsync(new Actor(Guid.Parse(fixture.World["admin"]), Roles.Admin), Guid.Parse(project), ProjectSettingsList.TaskTypes,
            [Guid.Parse(a), Guid.Parse(c), Guid.NewGuid()], CancellationToken.None);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => service.ReplaceAsync(new Actor(Guid.Parse(artistId), Roles.User), Guid.Parse(project),
            ProjectSettingsList.TaskTypes, [], CancellationToken.None));

        Assert.Equal($$"""{"{{a}}":4,"{{c}}":null}""", Sorted((await ContextAsync(manager, project))["task_types_priority"]!, [a, c]));
        Assert.Equal(["project:update"], events.Of(project));
    }

    /// <summary>A new production managed by a new manager of its team.</summary>
    private async Task<(string Project, ApiClient Manager)> ProductionAsync()
    {
        var (manager, managerId) = await fixture.Factory.PersonAsync("manager");
        return (await Admin.ProjectAsync(managerId), manager);
    }

    private async Task<List<string>> TaskTypesAsync() =>
        [.. (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types"))!.AsArray().Select(r => r.Id()).Take(3)];

    private async Task<JsonObject> ProjectAsync(string project) => (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}"))!.AsObject();

    private static async Task<JsonObject> ContextAsync(ApiClient client, string project) =>
        (await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/context"))!["projects"]!.AsArray().Single(p => p.Id() == project)!.AsObject();

    private async Task<string> AutomationAsync() =>
        (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/status-automations", new
        {
            entity_type = "asset", in_task_type_id = fixture.World["task_type"], in_task_status_id = fixture.World["task_status"], out_field_type = "status",
            out_task_type_id = fixture.World["task_type"], out_task_status_id = fixture.World["task_status"],
        })).Id();

    /// <summary>Ids of a list of ids or of rows.</summary>
    private static List<string> Ids(JsonNode? list) => [.. list!.AsArray().Select(i => i is JsonObject ? i.Id() : i!.GetValue<string>())];

    /// <summary>The object's entries in the given key order (those it has), as JSON.</summary>
    private static string Sorted(JsonNode map, string[] keys) =>
        new JsonObject(keys.Where(map.AsObject().ContainsKey).Select(k => KeyValuePair.Create(k, map[k]?.DeepClone()))).ToJsonString();

    private Captured Capture() => new(fixture.Factory.Services.GetRequiredService<EventPublisher>());

    /// <summary>The events published in-process from now on (the subscription lasts for the test).</summary>
    private sealed class Captured : IDisposable
    {
        private readonly ConcurrentQueue<ApiEvent> events = new();
        private readonly IDisposable subscription;

        public Captured(EventPublisher publisher) => subscription = publisher.Subscribe(events.Enqueue);

        /// <summary>The names of the events of one production, in order.</summary>
        public List<string> Of(string project) => [.. events.Where(e => e.ProjectId == Guid.Parse(project)).Select(e => e.Name)];

        public void Dispose() => subscription.Dispose();
    }
}
