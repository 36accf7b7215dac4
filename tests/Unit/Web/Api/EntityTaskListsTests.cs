using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>An entity's tasks and task types, and the create-tasks routes of shots, edits and concepts.</summary>
public sealed class EntityTaskListsTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    private static readonly string[] DetailKeys = ["project_name", "task_type_name", "task_status_name", "entity_type_name", "entity_name"];

    [Theory]
    [InlineData("Shot", "shots")]
    [InlineData("Edit", "edits")]
    public async Task CreateTasks_ForShotsAndEdits_AreForManagers_AndSkipEntitiesThatHaveOne(string kind, string plural)
    {
        var taskType = await TaskTypeAsync(kind);
        var path = world.Path($"/actions/projects/{{project}}/task-types/{taskType}/{plural}/create-tasks");

        var artist = await world.Artist.PostAsync(path, new { });
        var created = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { });
        var again = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { });

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        string[] expected = kind == "Shot" ? [world["shot"], world["shot2"]] : [world["edit"]];
        Assert.Equal(expected.Order(), created!.AsArray().Select(t => t!["entity_id"]!.GetValue<string>()).Order());
        Assert.All(created.AsArray(), t => Assert.Equal(taskType, t!["task_type_id"]!.GetValue<string>()));
        Assert.Equal(["task_type_name", "task_type_color", "task_type_priority"], created[0]!.AsObject().Select(p => p.Key).TakeLast(3));
        Assert.Empty(again!.AsArray());
    }

    [Fact]
    public async Task CreateTasks_ForConcepts_AreForTeamMembers_NotVendorsNorClients()
    {
        var taskType = await TaskTypeAsync("Concept");
        var path = world.Path($"/actions/projects/{{project}}/task-types/{taskType}/concepts/create-tasks");

        var vendor = await world.Vendor.PostAsync(path, new { });
        var client = await world.Client.PostAsync(path, new { });
        var outsider = await world.Outsider.PostAsync(path, new { });
        var created = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new[] { world["concept"] });

        Assert.Equal(HttpStatusCode.Forbidden, vendor.Status);
        Assert.Equal(HttpStatusCode.Forbidden, client.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal(world["concept"], Assert.Single(created!.AsArray())!["entity_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Concept", "concepts", "concept")]
    [InlineData("Edit", "edits", "edit")]
    [InlineData("Scene", "scenes", "scene")]
    [InlineData("Sequence", "sequences", "sequence")]
    public async Task EntityTasks_AreTheEntitysOwnTasks_DetailedWithAssigneesAndNames(string kind, string plural, string key)
    {
        var taskType = await TaskTypeAsync(kind);
        var task = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = world[key], task_type_id = taskType, assignees = new[] { world["artist"] } })).Id();

        var tasks = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path($"/data/{plural}/{{{key}}}/tasks"));
        var types = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path($"/data/{plural}/{{{key}}}/task-types"));
        var outsider = await world.Outsider.GetAsync(world.Path($"/data/{plural}/{{{key}}}/tasks"));

        var row = Assert.Single(tasks!.AsArray(), t => t!.Id() == task)!;
        Assert.All(tasks.AsArray(), t => Assert.Equal(world[key], t!["entity_id"]!.GetValue<string>()));
        Assert.Equal(DetailKeys, row.AsObject().Select(p => p.Key).TakeLast(5));
        Assert.Equal([world["artist"]], row["assignees"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(kind, row["entity_type_name"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(row["project_name"]!.GetValue<string>()));
        var typeIds = types!.AsArray().Select(t => t.Id()).ToList();
        if (kind == "Sequence")
        {
            // ZOU: a sequence's task types are its shots' ones, not its own tasks'.
            Assert.Contains(world["shot_task_type"], typeIds);
            Assert.DoesNotContain(taskType, typeIds);
        }
        else
        {
            Assert.Contains(taskType, typeIds);
        }

        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
    }

    [Fact]
    public async Task ShotTaskTypes_AreTheTypesOfTheShotsTasks_VendorsOnlyReachShotsOfTheirTasks()
    {
        var types = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/shots/{shot}/task-types"));
        var none = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/shots/{shot2}/task-types"));
        var vendor = await world.Vendor.GetAsync(world.Path("/data/shots/{shot}/task-types"));

        var type = Assert.Single(types!.AsArray(), t => t.Id() == world["shot_task_type"])!;
        Assert.Equal("TaskType", type["type"]!.GetValue<string>());
        Assert.DoesNotContain(none!.AsArray(), t => t.Id() == world["shot_task_type"]);
        Assert.Equal(HttpStatusCode.Forbidden, vendor.Status);
    }

    [Fact]
    public async Task SequenceShotTasks_AreTheTasksOfItsShots_AVendorSeesOnlyTheirs()
    {
        var shotTasks = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/sequences/{sequence}/shot-tasks"));
        var episodeShotTasks = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/episodes/{episode}/shot-tasks"));

        Assert.Contains(shotTasks!.AsArray(), t => t!.Id() == world["shot_task"]);
        Assert.Contains(episodeShotTasks!.AsArray(), t => t!.Id() == world["shot_task"]);
        Assert.DoesNotContain(shotTasks.AsArray(), t => t!["entity_id"]!.GetValue<string>() == world["sequence"]);
    }

    private async Task<string> TaskTypeAsync(string forEntity)
    {
        var body = new JsonObject { ["name"] = $"{forEntity} work {Guid.NewGuid().ToString("N")[..6]}", ["for_entity"] = forEntity };
        return (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-types", body)).Id();
    }
}
