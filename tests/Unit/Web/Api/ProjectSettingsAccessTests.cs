using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Who may call a production's settings routes, and what a malformed request gets: the production's managers change
/// every list (and alone read the status automations), its team reads the task statuses; another production's
/// manager, an artist, a client and an outsider are refused. The body is checked before the caller.
/// </summary>
public sealed class ProjectSettingsAccessTests(TeamFixture fixture) : IClassFixture<TeamFixture>
{
    private CrudWorld World => fixture.World;

    [Theory]
    [InlineData("POST", "asset-types", """{"asset_type_id": "{asset_type}"}""", HttpStatusCode.Created)]
    [InlineData("DELETE", "asset-types/{asset_type}", null, HttpStatusCode.NoContent)]
    [InlineData("POST", "task-types", """{"task_type_id": "{task_type}", "priority": 2}""", HttpStatusCode.Created)]
    [InlineData("DELETE", "task-types/{task_type}", null, HttpStatusCode.NoContent)]
    [InlineData("POST", "task-status", """{"task_status_id": "{task_status}"}""", HttpStatusCode.Created)]
    [InlineData("DELETE", "task-status/{task_status}", null, HttpStatusCode.NoContent)]
    [InlineData("POST", "batch", """{"task_types": [{"task_type_id": "{task_type}"}], "task_status_ids": ["{task_status}"]}""", HttpStatusCode.OK)]
    [InlineData("GET", "status-automations", null, HttpStatusCode.OK)]
    [InlineData("POST", "status-automations", """{"status_automation_id": "{automation}"}""", HttpStatusCode.Created)]
    [InlineData("DELETE", "status-automations/{automation}", null, HttpStatusCode.NoContent)]
    public async Task ManagersRoute_ProductionManagerAllowed_OtherManagerArtistClientOutsiderRefused(string method, string route, string? body, HttpStatusCode allowed)
    {
        var (path, json) = (await FillAsync($"/data/projects/{{project}}/settings/{route}"), body is null ? null : await FillAsync(body));
        var otherManager = await OtherProductionsManagerAsync();

        var refusals = new List<HttpStatusCode>();
        foreach (var caller in new[] { otherManager, fixture.ClientOf("artist"), fixture.ClientOf("client"), fixture.ClientOf("outsider") })
        {
            refusals.Add((await caller.SendAsync(new HttpMethod(method), path, json)).Status);
        }

        var (status, answer) = await fixture.ClientOf("manager").SendAsync(new HttpMethod(method), path, json);

        Assert.All(refusals, s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.True(status == allowed, $"{method} {path}: {(int)status} {answer?.ToJsonString()}");
    }

    [Fact]
    public async Task TaskStatuses_TeamReads_OtherManagerAndOutsiderRefused()
    {
        var path = $"/data/projects/{World["project"]}/settings/task-status";
        await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { task_status_id = World["task_status"] });

        var reads = new List<JsonNode?>();
        foreach (var who in new[] { "manager", "artist", "client", "vendor" })
        {
            reads.Add(await fixture.ClientOf(who).ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path));
        }

        var otherManager = await (await OtherProductionsManagerAsync()).GetAsync(path);
        var outsider = await fixture.ClientOf("outsider").GetAsync(path);

        Assert.All(reads, r => Assert.Contains(r!.AsArray(), s => s.Id() == World["task_status"] && s!["type"]!.GetValue<string>() == "TaskStatus"));
        Assert.Equal(HttpStatusCode.Forbidden, otherManager.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
    }

    [Theory]
    [InlineData("asset-types", "asset_type_id")]
    [InlineData("task-types", "task_type_id")]
    [InlineData("task-status", "task_status_id")]
    [InlineData("status-automations", "status_automation_id")]
    [InlineData("preview-background-files", "preview_background_file_id")]
    public async Task Addition_MissingOrEmptyId_IsZousValidationError_EvenForARefusedCaller(string route, string key)
    {
        var path = $"/data/projects/{World["project"]}/settings/{route}";

        var noBody = await fixture.Admin.SendAsync(HttpMethod.Post, path);
        var empty = await fixture.ClientOf("artist").PostAsync(path, new JsonObject { [key] = "" });
        var number = await fixture.Admin.PostAsync(path, new JsonObject { [key] = 12 });

        Assert.Equal($$$"""{"error":true,"message":"Validation error.","data":{"errors":[{"field":"{{{key}}}","message":"Field required"}]}}""", noBody.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal("String should have at least 1 character", empty.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("Input should be a valid string", number.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("asset-types", "asset_type_id", "EntityType")]
    [InlineData("task-types", "task_type_id", "TaskType")]
    [InlineData("task-status", "task_status_id", "TaskStatus")]
    [InlineData("status-automations", "status_automation_id", "StatusAutomation")]
    [InlineData("preview-background-files", "preview_background_file_id", "PreviewBackgroundFile")]
    public async Task Addition_UnknownOrMalformedIds_AnswerZousMessages(string route, string key, string model)
    {
        var path = $"/data/projects/{World["project"]}/settings/{route}";
        var unknown = Guid.NewGuid().ToString();

        var unknownRow = await fixture.Admin.PostAsync(path, new JsonObject { [key] = unknown });
        var malformedRow = await fixture.Admin.PostAsync(path, new JsonObject { [key] = "nope" });
        var malformedProject = await fixture.Admin.PostAsync($"/data/projects/not-an-id/settings/{route}", new JsonObject { [key] = unknown });
        var unknownProject = await fixture.Admin.PostAsync($"/data/projects/{Guid.NewGuid()}/settings/{route}", new JsonObject { [key] = unknown });
        var malformedRemoval = await fixture.Admin.DeleteAsync($"{path}/nope");

        Assert.Equal($$"""{"error":true,"message":"{{model}} with id {{unknown}} not found","data":null}""", unknownRow.Body!.ToJsonString());
        Assert.Equal(route == "task-types" ? "task_type_id is required and must be a valid UUID" : "Malformed ID.", malformedRow.Body!["message"]!.GetValue<string>());
        Assert.Equal("""{"error":true,"message":"Malformed ID.","data":null}""", malformedProject.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, unknownProject.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformedRemoval.Status);
        Assert.Equal("Malformed ID.", malformedRemoval.Body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task TaskType_PriorityThatIsNoInteger_IsZousValidationError_ANumericStringIsRead()
    {
        var path = $"/data/projects/{World["project"]}/settings/task-types";

        var word = await fixture.Admin.PostAsync(path, new { task_type_id = World["task_type"], priority = "high" });
        var fraction = await fixture.Admin.PostAsync(path, new { task_type_id = World["task_type"], priority = 1.5 });
        var text = await fixture.Admin.PostAsync(path, new { task_type_id = World["task_type"], priority = "4" });

        Assert.Equal("""{"field":"priority","message":"Input should be a valid integer, unable to parse string as an integer"}""", word.Body!["data"]!["errors"]![0]!.ToJsonString());
        Assert.Equal("Input should be a valid integer, got a number with a fractional part", fraction.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, text.Status);
    }

    [Fact]
    public async Task Batch_MalformedBody_ListsEveryFieldInError_InZousOrder()
    {
        var path = $"/data/projects/{World["project"]}/settings/batch";

        var (status, body) = await fixture.Admin.PostAsync(path, new JsonObject
        {
            ["task_types"] = new JsonArray(new JsonObject { ["priority"] = "x" }, "y"),
            ["task_status_ids"] = new JsonArray(3),
            ["asset_type_ids"] = "z",
            ["replace_task_types"] = null,
        });
        var malformedId = await fixture.Admin.PostAsync(path, new { task_status_ids = new[] { "nope" } });
        var unknownProject = await fixture.Admin.PostAsync($"/data/projects/{Guid.NewGuid()}/settings/batch", new { });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            "task_types.0.task_type_id: Field required | task_types.0.priority: Input should be a valid integer, unable to parse string as an integer"
            + " | task_types.1: Input should be a valid dictionary or instance of ProjectTaskTypeSchema | task_status_ids.0: Input should be a valid string"
            + " | asset_type_ids: Input should be a valid list | replace_task_types: Input should be a valid boolean",
            string.Join(" | ", body!["data"]!["errors"]!.AsArray().Select(e => $"{e!["field"]}: {e["message"]}")));
        Assert.Equal("Malformed ID.", malformedId.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknownProject.Status);
    }

    /// <summary>A manager, in the team of a production of their own only.</summary>
    private async Task<ApiClient> OtherProductionsManagerAsync()
    {
        var (client, id) = await fixture.Factory.PersonAsync("manager");
        await fixture.Admin.ProjectAsync(id);
        return client;
    }

    /// <summary>The text with the world's ids in place of <c>{project}</c>, <c>{asset_type}</c>…, and a new status automation for <c>{automation}</c>.</summary>
    private async Task<string> FillAsync(string text)
    {
        foreach (var key in new[] { "project", "asset_type", "task_type", "task_status" })
        {
            text = text.Replace($"{{{key}}}", World[key], StringComparison.Ordinal);
        }

        if (text.Contains("{automation}", StringComparison.Ordinal))
        {
            var automation = await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/status-automations", new
            {
                entity_type = "asset", in_task_type_id = World["task_type"], in_task_status_id = World["task_status"], out_field_type = "status",
                out_task_type_id = World["task_type"], out_task_status_id = World["task_status"],
            });
            text = text.Replace("{automation}", automation.Id(), StringComparison.Ordinal);
        }

        return text;
    }
}
