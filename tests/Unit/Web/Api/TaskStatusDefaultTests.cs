using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The studio has exactly one default status, the one new tasks start on; concept tasks start on Neutral. These tests
/// move the default, so they have a server of their own.
/// </summary>
public sealed class TaskStatusDefaultTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private StudioApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Seed_HasOneDefault_Todo_AndConceptTasksStartOnNeutral()
    {
        var admin = fixture.Admin;

        var defaults = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?is_default=True"))!.AsArray();
        var neutral = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?short_name=neutral"))!.AsArray();
        var project = await admin.ProjectAsync();
        var concept = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/concepts", new { name = "Idea" })).Id();
        var conceptType = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types?for_entity=Concept"))!.AsArray()[0].Id();
        var task = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = concept, task_type_id = conceptType });

        Assert.Equal("todo", Assert.Single(defaults)!["short_name"]!.GetValue<string>());
        Assert.False(Assert.Single(neutral)!["is_default"]!.GetValue<bool>());
        Assert.Equal(neutral[0].Id(), task!["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task MakingAStatusTheDefault_TakesTheFlag_AndNewTasksStartOnIt()
    {
        var admin = fixture.Admin;
        var todo = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?short_name=todo"))!.AsArray()[0].Id();

        var created = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-status", new { name = "Waiting", short_name = "wait", color = "#999999", is_default = true })).Id();
        var afterCreate = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?is_default=True"))!.AsArray();
        var project = await admin.ProjectAsync();
        var character = await admin.IdOfAsync("entity-types", "Character");
        var asset = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/asset-types/{character}/assets/new", new { name = "Hero" })).Id();
        var modeling = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types?name=Modeling"))!.AsArray()[0].Id();
        var task = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = modeling });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/task-status/{todo}", new { is_default = true });
        var afterUpdate = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?is_default=True"))!.AsArray();

        Assert.Equal(created, Assert.Single(afterCreate).Id());
        Assert.Equal(created, task!["task_status_id"]!.GetValue<string>());
        Assert.Equal(todo, Assert.Single(afterUpdate).Id());
    }

    [Fact]
    public async Task TheDefault_CannotBeUndefaultedArchivedOrDeleted_NorBeAConceptStatus()
    {
        var admin = fixture.Admin;
        var todo = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?is_default=True"))!.AsArray()[0].Id();
        var neutral = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?short_name=neutral"))!.AsArray()[0].Id();

        var undefault = await admin.PutAsync($"/data/task-status/{todo}", new { is_default = false });
        var archive = await admin.PutAsync($"/data/task-status/{todo}", new { archived = true });
        var delete = await admin.DeleteAsync($"/data/task-status/{todo}");
        var concept = await admin.PutAsync($"/data/task-status/{neutral}", new { is_default = true });
        var newConcept = await admin.PostAsync("/data/task-status", new { name = "Sketch", short_name = "sketch", color = "#123456", for_concept = true, is_default = true });
        var artist = (await Factory.PersonAsync("manager")).Client;
        var refused = await artist.PutAsync($"/data/task-status/{neutral}", new { is_default = true });
        var defaults = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?is_default=True"))!.AsArray();

        foreach (var (status, body) in new[] { undefault, archive, delete, concept, newConcept })
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.True(body!["error"]!.GetValue<bool>());
        }

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(todo, Assert.Single(defaults).Id());
        Assert.Empty((await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?short_name=sketch"))!.AsArray());
    }
}
