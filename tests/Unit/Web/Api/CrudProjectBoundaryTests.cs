using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// A CRUD write never takes a row out of its production: the keys that decide a row's project cannot point into
/// another project, the other references must stay in the row's project, and a move inside the project needs the
/// caller's right on the new target.
/// </summary>
public sealed class CrudProjectBoundaryTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private ApiClient Admin => fixture.Admin;

    /// <summary>Collection, body creating a row of project A, key to re-point, and which row of project B it gets.</summary>
    public static TheoryData<string, string, string> Moves => new()
    {
        { "preview-files", "task_id", "task" },
        { "working-files", "task_id", "task" },
        { "working-files", "entity_id", "entity" },
        { "output-files", "entity_id", "entity" },
        { "output-files", "temporal_entity_id", "entity" },
        { "time-spents", "task_id", "task" },
        { "tasks", "entity_id", "entity" },
        { "asset-instances", "asset_id", "entity" },
        { "asset-instances", "scene_id", "entity" },
        { "entities", "parent_id", "entity" },
        { "playlists", "episode_id", "entity" },
        { "comments", "preview_file_id", "preview" },
        { "attachment-files", "comment_id", "comment" },
        { "production-schedule-versions", "production_schedule_from", "version" },
        { "projects", "from_schedule_version_id", "version" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task Put_ReferenceIntoAnotherProject_IsRefused_AndNothingIsWritten(string collection, string key, string target)
    {
        var a = await ProductionAsync();
        var b = await ProductionAsync();
        var row = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/{collection}", CreateBody(collection, a));
        var before = row![key]?.DeepClone();

        var (status, body) = await Admin.PutAsync($"/data/{collection}/{row.Id()}", new JsonObject { [key] = b[target], ["description"] = "moved?" });
        var after = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}/{row.Id()}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body!["error"]!.GetValue<bool>());
        Assert.True(JsonNode.DeepEquals(before, after![key]), $"{key} changed to {after[key]}");
        Assert.NotEqual("moved?", after["description"]?.ToString());
    }

    [Fact]
    public async Task CommentPut_ObjectId_IsNotWritable()
    {
        var a = await ProductionAsync();
        var b = await ProductionAsync();

        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/comments/{a["comment"]}", new { object_id = b["task"] });
        var after = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/comments/{a["comment"]}");

        Assert.Equal(a["task"], after!["object_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TaskPut_ByManagerOfBothProjects_CannotMoveTheTaskToTheOtherProjectsEntity()
    {
        var (manager, managerId) = await fixture.Factory.PersonAsync("manager");
        var a = await ProductionAsync(managerId);
        var b = await ProductionAsync(managerId);

        var (status, _) = await manager.PutAsync($"/data/tasks/{a["task"]}", new { entity_id = b["entity"] });
        var task = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{a["task"]}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(a["entity"], task!["entity_id"]!.GetValue<string>());
        Assert.Equal(a["project"], task["project_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task PreviewPut_ByAssignee_ToAnotherTaskOfTheProject_NeedsTheRightOnThatTask()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var a = await ProductionAsync(artistId);
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{a["task"]}", new { assignees = new[] { artistId } });
        var other = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { name = "other", entity_id = a["entity"], task_type_id = fixture.World["task_type"] });
        var preview = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-files", new { name = "mine", task_id = a["task"], revision = 1 });

        var (status, _) = await artist.PutAsync($"/data/preview-files/{preview.Id()}", new { task_id = other.Id() });
        var after = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview.Id()}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(a["task"], after!["task_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ScheduleVersionTaskLinkPost_TaskAndVersionOfDifferentProjects_IsRefused()
    {
        var a = await ProductionAsync();
        var b = await ProductionAsync();

        var (status, body) = await Admin.PostAsync("/data/production-schedule-version-task-links", new { production_schedule_version_id = a["version"], task_id = b["task"] });
        var allowed = await Admin.PostAsync("/data/production-schedule-version-task-links", new { production_schedule_version_id = a["version"], task_id = a["task"] });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The task and the production schedule version must be in the same project.", body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, allowed.Status);
    }

    [Fact]
    public async Task ScheduleVersionTaskLinkPut_TaskAndVersion_AreNotWritable()
    {
        var a = await ProductionAsync();
        var b = await ProductionAsync();
        var link = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/production-schedule-version-task-links", new { production_schedule_version_id = a["version"], task_id = a["task"] });

        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/production-schedule-version-task-links/{link.Id()}",
            new { task_id = b["task"], production_schedule_version_id = b["version"], estimation = 3.0 });
        var after = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/production-schedule-version-task-links/{link.Id()}");

        Assert.Equal(a["task"], after!["task_id"]!.GetValue<string>());
        Assert.Equal(a["version"], after["production_schedule_version_id"]!.GetValue<string>());
        Assert.Equal(3.0, after["estimation"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("working-files")]
    [InlineData("entities")]
    [InlineData("playlists")]
    public async Task Post_ReferenceIntoAnotherProject_IsRefused(string collection)
    {
        var (manager, managerId) = await fixture.Factory.PersonAsync("manager");
        var a = await ProductionAsync(managerId);
        var b = await ProductionAsync(managerId);
        var body = CreateBody(collection, a);
        var (key, caller) = collection switch
        {
            "working-files" => ("entity_id", Admin),
            "entities" => ("parent_id", manager),
            _ => ("episode_id", manager),
        };
        body[key] = b["entity"];

        var (status, json) = await caller.PostAsync($"/data/{collection}", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"The {key} must belong to the same project.", json!["message"]!.GetValue<string>());
    }

    private JsonObject CreateBody(string collection, Dictionary<string, string> p) => collection switch
    {
        "preview-files" => new() { ["name"] = Unique(), ["task_id"] = p["task"], ["revision"] = 7 },
        "working-files" => new() { ["name"] = Unique(), ["task_id"] = p["task"], ["entity_id"] = p["entity"], ["revision"] = 1 },
        "output-files" => new() { ["name"] = Unique(), ["revision"] = 1, ["file_status_id"] = fixture.World["file_status"], ["entity_id"] = p["entity"], ["temporal_entity_id"] = p["entity"] },
        "time-spents" => new() { ["duration"] = 30, ["date"] = "2026-03-04", ["task_id"] = p["task"], ["person_id"] = fixture.World["admin"] },
        "tasks" => new() { ["name"] = Unique(), ["entity_id"] = p["entity"], ["task_type_id"] = fixture.World["task_type"] },
        "asset-instances" => new() { ["asset_id"] = p["entity"], ["name"] = Unique(), ["scene_id"] = p["entity"] },
        "entities" => new() { ["name"] = Unique(), ["project_id"] = p["project"], ["entity_type_id"] = fixture.World["asset_type"] },
        "playlists" => new() { ["name"] = Unique(), ["project_id"] = p["project"] },
        "comments" => new() { ["object_id"] = p["task"], ["object_type"] = "Task", ["person_id"] = fixture.World["admin"], ["text"] = "c", ["preview_file_id"] = p["preview"] },
        "attachment-files" => new() { ["name"] = "a.txt", ["comment_id"] = p["comment"] },
        "production-schedule-versions" => new() { ["name"] = Unique(), ["project_id"] = p["project"] },
        "projects" => new() { ["name"] = "P " + Unique() },
        _ => throw new ArgumentOutOfRangeException(nameof(collection)),
    };

    /// <summary>A project with an asset, a task on it, a preview, a comment and a schedule version.</summary>
    private async Task<Dictionary<string, string>> ProductionAsync(params string[] team)
    {
        var p = new Dictionary<string, string> { ["project"] = await Admin.ProjectAsync(team) };
        p["entity"] = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities", new { name = Unique(), project_id = p["project"], entity_type_id = fixture.World["asset_type"] })).Id();
        p["task"] = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = p["entity"], task_type_id = fixture.World["task_type"] })).Id();
        p["preview"] = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-files", new { name = Unique(), task_id = p["task"], revision = 1 })).Id();
        p["comment"] = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/comments", new { object_id = p["task"], object_type = "Task", person_id = fixture.World["admin"], text = "hi" })).Id();
        p["version"] = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/production-schedule-versions", new { name = Unique(), project_id = p["project"] })).Id();
        return p;
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..12];
}
