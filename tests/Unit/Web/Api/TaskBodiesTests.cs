using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The task and user routes' bodies and queries, read by the API before the domain sees typed values: what is
/// malformed gets Zou's status and message, what Zou's schemas accept is read as Zou reads it.
/// </summary>
public sealed class TaskBodiesTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    private const string MalformedId = """{"error":true,"message":"Malformed ID.","data":null}""";

    [Fact]
    public async Task ToReview_BodyFailingTheSchema_ListsEveryField_AMalformedPersonIsNobody()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        var path = $"/actions/tasks/{modeling}/to-review";

        var invalid = await world.Manager.PutAsync(path, new { change_status = "maybe", revision = 1.5, comment = 3 });
        var person = await world.Manager.PutAsync(path, new { person_id = "not-an-id" });
        var kept = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/actions/tasks/{rigging}/to-review", new { change_status = "no", revision = "2" });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Equal("""{"error":true,"message":"Validation error.","data":{"errors":[{"field":"comment","message":"Input should be a valid string"},""" +
            """{"field":"revision","message":"Input should be a valid integer, got a number with a fractional part"},""" +
            """{"field":"change_status","message":"Input should be a valid boolean, unable to interpret input"}]}}""", invalid.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, person.Status);
        Assert.Equal("""{"error":true,"message":"Cannot find given person."}""", person.Body!.ToJsonString());
        Assert.Equal(world.Status("todo"), kept!["task_status_id"]!.GetValue<string>());
        Assert.Equal(world["manager"], kept["person"].Id());
    }

    [Fact]
    public async Task SetPriority_ReadsANumberSentAsText_AndListsEverySchemaFailure()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var changed = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/actions/tasks/set-priority", new { task_ids = new[] { modeling }, priority = "4" });
        var invalid = await world.Manager.PutAsync("/actions/tasks/set-priority", new { task_ids = Array.Empty<string>(), priority = 1.5 });
        var malformed = await world.Manager.PutAsync("/actions/tasks/set-priority", new { task_ids = new[] { "x" }, priority = 1 });

        Assert.Equal(4, Assert.Single(changed!.AsArray())!["priority"]!.GetValue<int>());
        Assert.Equal("""{"error":true,"message":"Validation error.","data":{"errors":[{"field":"task_ids","message":"List should have at least 1 item after validation, not 0"},""" +
            """{"field":"priority","message":"Input should be a valid integer, got a number with a fractional part"}]}}""", invalid.Body!.ToJsonString());
        Assert.Equal(MalformedId, malformed.Body!.ToJsonString());
    }

    [Fact]
    public async Task SubscribeMany_AnswersTheSavedSubscriptions_AndRefusesWhatIsNotAListOfIds()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var subscribed = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/actions/user/tasks/subscribe", new { task_ids = new[] { modeling } });
        var missing = await world.Manager.PostAsync("/actions/user/tasks/subscribe", new { });
        var notAList = await world.Manager.PostAsync("/actions/user/tasks/unsubscribe", new { task_ids = 5 });
        var malformed = await world.Manager.PostAsync("/actions/user/tasks/unsubscribe", new { task_ids = new[] { "x" } });

        var subscription = Assert.Single(subscribed!.AsArray())!;
        Assert.Equal(modeling, subscription["task_id"]!.GetValue<string>());
        Assert.DoesNotContain("0001-01-01", subscription["created_at"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""{"error":true,"message":"Validation error.","data":{"errors":[{"field":"task_ids","message":"Field required"}]}}""", missing.Body!.ToJsonString());
        Assert.Equal("""{"error":true,"message":"Validation error.","data":{"errors":[{"field":"task_ids","message":"Input should be a valid list"}]}}""", notAList.Body!.ToJsonString());
        Assert.Equal(MalformedId, malformed.Body!.ToJsonString());
    }

    [Fact]
    public async Task AssignmentBodies_NameWhatIsMissing_AndRefuseMalformedIds()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var noPerson = await world.Manager.PutAsync($"/actions/tasks/{modeling}/assign", new { });
        var badPerson = await world.Manager.PutAsync($"/actions/tasks/{modeling}/assign", new { person_id = "nope" });
        var noTasks = await world.Manager.PutAsync($"/actions/persons/{world["artist2"]}/assign", new { });
        var badTasks = await world.Manager.PutAsync($"/actions/persons/{world["artist2"]}/assign", new { task_ids = new[] { 1 } });
        var clearNoTasks = await world.Manager.PutAsync("/actions/tasks/clear-assignation", new { person_id = world["artist"] });
        var clearBadTasks = await world.Manager.PutAsync("/actions/tasks/clear-assignation", new { task_ids = new[] { "x" } });

        Assert.Equal("""{"error":true,"message":"person_id is missing.","data":null}""", noPerson.Body!.ToJsonString());
        Assert.Equal(MalformedId, badPerson.Body!.ToJsonString());
        Assert.Equal("""{"error":true,"message":"task_ids is missing.","data":null}""", noTasks.Body!.ToJsonString());
        Assert.Equal(MalformedId, badTasks.Body!.ToJsonString());
        Assert.Equal("""{"error":true,"message":"task_ids is missing.","data":null}""", clearNoTasks.Body!.ToJsonString());
        Assert.Equal(MalformedId, clearBadTasks.Body!.ToJsonString());
    }

    [Fact]
    public async Task CreateAndDeleteTasks_RefuseBodiesThatAreNotListsOfIds()
    {
        var create = $"/actions/projects/{world["project"]}/task-types/{world["modeling"]}/assets/create-tasks";

        var notText = await world.Manager.PostAsync(create, new[] { 1 });
        var notAnId = await world.Manager.PostAsync(create, new[] { "x" });
        var badEpisode = await world.Manager.PostAsync(create + "?episode_id=x", Array.Empty<string>());
        var notAList = await world.Manager.PostAsync($"/actions/projects/{world["project"]}/delete-tasks", new { });
        var notIds = await world.Manager.PostAsync($"/actions/projects/{world["project"]}/delete-tasks", new[] { 3 });

        Assert.All([notText, notAnId, badEpisode, notIds], r => Assert.Equal(MalformedId, r.Body!.ToJsonString()));
        Assert.Equal("""{"error":true,"message":"A list of task ids is expected.","data":null}""", notAList.Body!.ToJsonString());
    }

    [Fact]
    public async Task NotificationFilters_ReadFromTheQuery_AMalformedIdNamesItsKey_AnyBodyButReadFalseMarksRead()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Manager, modeling, "retake", "Again");
        var id = (await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/notifications?task_type_id={world["modeling"]}"))!
            .AsArray().First(n => n!["task_id"]!.GetValue<string>() == modeling).Id();

        var later = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/notifications?after=2100-01-01T00:00:00");
        var badType = await world.Artist.GetAsync("/data/user/notifications?task_type_id=bad");
        var badStatus = await world.Artist.GetAsync("/data/user/notifications?task_status_id=bad");
        var unread = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/user/notifications/{id}", new { read = false });
        var read = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/user/notifications/{id}", new { });
        var readOnes = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/notifications?read=true");

        Assert.Empty(later!.AsArray());
        Assert.Equal("""{"error":true,"message":"Invalid task_type_id.","data":null}""", badType.Body!.ToJsonString());
        Assert.Equal("""{"error":true,"message":"Invalid task_status_id.","data":null}""", badStatus.Body!.ToJsonString());
        Assert.False(unread!["read"]!.GetValue<bool>());
        Assert.True(read!["read"]!.GetValue<bool>());
        Assert.Contains(readOnes!.AsArray(), n => n.Id() == id);
    }
}
