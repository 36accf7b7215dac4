using System.Net;
using System.Net.Http.Headers;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The task and comment actions gazu and Kitsu call: move, to-review, priorities, create-tasks per type, batches.</summary>
public sealed class TaskActionsTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task MoveComment_ToAnotherTaskOfTheEntity_ByAManager_RecomputesBothTasks()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        var (_, other, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "retake", "Wrong task");
        var path = $"/actions/tasks/{modeling}/comments/{comment.Id()}/move";

        var artist = await world.Artist.PostAsync(path, new { target_task_id = rigging });
        var elsewhere = await world.Manager.PostAsync(path, new { target_task_id = other });
        var missing = await world.Manager.PostAsync(path, new { });
        var moved = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, path, new { target_task_id = rigging });
        var source = await world.TaskAsync(modeling);
        var target = await world.TaskAsync(rigging);
        var listed = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{rigging}/comments");
        var notifications = await world.NotificationsAsync($"comment_id={comment.Id()}");
        var again = await world.Manager.PostAsync(path, new { target_task_id = modeling });

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.Status);
        Assert.Equal("Field required", missing.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(rigging, moved!["object_id"]!.GetValue<string>());
        Assert.Equal(world.Status("todo"), source["task_status_id"]!.GetValue<string>());
        Assert.Equal(0, source["retake_count"]!.GetValue<int>());
        Assert.Equal(world.Status("retake"), target["task_status_id"]!.GetValue<string>());
        Assert.Equal(1, target["retake_count"]!.GetValue<int>());
        Assert.Equal(comment.Id(), Assert.Single(listed!.AsArray()).Id());
        Assert.All(notifications, n => Assert.Equal(rigging, n!["task_id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task MoveComment_ToAMalformedTarget_IsZousMalformedId_EvenForWhoMayNotMoveIt()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "wip", "Where to?");
        var path = $"/actions/tasks/{modeling}/comments/{comment.Id()}/move";

        var manager = await world.Manager.PostAsync(path, new { target_task_id = "not-an-id" });
        var artist = await world.Artist.PostAsync(path, new { target_task_id = "not-an-id" });
        var number = await world.Manager.PostAsync(path, new { target_task_id = 5 });

        Assert.Equal((HttpStatusCode.BadRequest, "Malformed ID."), (manager.Status, manager.Body!["message"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, artist.Status);
        Assert.Equal(HttpStatusCode.BadRequest, number.Status);
        Assert.Equal("target_task_id", number.Body!["data"]!["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task MoveComment_WithPreviews_IsRefused()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "wfa", "With a preview");
        await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{modeling}/comments/{comment.Id()}/add-preview", new { });

        var (status, _) = await world.Manager.PostAsync($"/actions/tasks/{modeling}/comments/{comment.Id()}/move", new { target_task_id = rigging });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(world.Status("wfa"), (await world.TaskAsync(modeling))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ToReview_MovesTheTaskToReview_AndReturnsTheTaskWithItsContext()
    {
        var (asset, modeling, rigging) = await world.NewAssetAsync();

        var task = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/actions/tasks/{modeling}/to-review", new { comment = "Ready for review" });
        var keep = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/actions/tasks/{rigging}/to-review", new { change_status = false });
        var outsider = await world.Outsider.PutAsync($"/actions/tasks/{modeling}/to-review", new { });
        var unknown = await world.Manager.PutAsync($"/actions/tasks/{modeling}/to-review", new { person_id = Guid.NewGuid() });
        var statuses = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?short_name=pndng");
        var events = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=task:to-review");

        var review = Assert.Single(statuses!.AsArray())!;
        Assert.Equal("To review", review["name"]!.GetValue<string>());
        Assert.Equal(review.Id(), task!["task_status_id"]!.GetValue<string>());
        Assert.Equal(asset, task["entity"].Id());
        Assert.Equal(world["project"], task["project"].Id());
        Assert.Equal("Character", task["entity_type"]!["name"]!.GetValue<string>());
        Assert.Equal(world["artist"], task["person"].Id());
        Assert.Equal("Ready for review", task["comment"]!.GetValue<string>());
        Assert.Equal("{\"folder_path\":\"\",\"file_name\":\"\"}", task["preview_path"]!.ToJsonString());
        Assert.Equal(world.Status("todo"), keep!["task_status_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal("Cannot find given person.", unknown.Body!["message"]!.GetValue<string>());
        Assert.Contains(events!.AsArray(), e => e!["data"]!["task_id"]!.GetValue<string>() == modeling && e["data"]!["comment"]!.GetValue<string>() == "Ready for review");
    }

    [Fact]
    public async Task SetPriority_AppliesToTheTasksTheCallerMayPlan_AndSkipsTheOthers()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();

        var manager = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/actions/tasks/set-priority", new { task_ids = new[] { modeling, rigging }, priority = 3 });
        var artist = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/actions/tasks/set-priority", new { task_ids = new[] { modeling }, priority = 1 });
        var negative = await world.Manager.PutAsync("/actions/tasks/set-priority", new { task_ids = new[] { modeling }, priority = -1 });
        var noTasks = await world.Manager.PutAsync("/actions/tasks/set-priority", new { priority = 1 });

        Assert.Equal(2, manager!.AsArray().Count);
        Assert.Empty(artist!.AsArray());
        Assert.Equal(3, (await world.TaskAsync(modeling))["priority"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, negative.Status);
        Assert.Equal("Field required", noTasks.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateTasksForAnEntityType_CreatesTheMissingEpisodeAndSequenceTasks_ForManagers()
    {
        var project = await world.Admin.ProjectAsync(world["manager"], world["artist"]);
        var episode = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/episodes", new { name = "E01" })).Id();
        var sequence = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/sequences", new { name = "SQ01", episode_id = episode })).Id();
        var episodeType = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-types", new { name = "Script " + Guid.NewGuid().ToString("N")[..6], for_entity = "Episode" })).Id();
        var sequenceType = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-types", new { name = "Board " + Guid.NewGuid().ToString("N")[..6], for_entity = "Sequence" })).Id();
        var path = $"/actions/projects/{project}/task-types";

        var episodes = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{path}/{episodeType}/create-tasks/episode", new { });
        var again = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{path}/{episodeType}/create-tasks/episode", new { });
        var sequences = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{path}/{sequenceType}/create-tasks/sequences?episode_id={episode}", new { });
        var unknown = await world.Manager.PostAsync($"{path}/{sequenceType}/create-tasks/nothing", new { });
        var artist = await world.Artist.PostAsync($"{path}/{sequenceType}/create-tasks/sequence", new { });

        Assert.Equal(episode, Assert.Single(episodes!.AsArray())!["entity_id"]!.GetValue<string>());
        Assert.Empty(again!.AsArray());
        Assert.Equal(sequence, Assert.Single(sequences!.AsArray())!["entity_id"]!.GetValue<string>());
        Assert.Equal("main", sequences[0]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
    }

    [Fact]
    public async Task BatchCommentOnOneTask_PostsEachComment_ARefusalWritesNothing()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var body = new { comments = new object[] { new { task_status_id = world.Status("wip"), text = "Started" }, new { task_status_id = world.Status("wfa"), text = "Done, review please" } } };

        var refused = await world.Artist2.PostAsync($"/actions/tasks/{modeling}/batch-comment", body);
        var afterRefusal = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");
        var posted = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{modeling}/batch-comment", body);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Empty(afterRefusal!.AsArray());
        Assert.Equal(["Started", "Done, review please"], posted!.AsArray().Select(c => c!["text"]!.GetValue<string>()));
        Assert.All(posted.AsArray(), c => Assert.Equal(modeling, c!["object_id"]!.GetValue<string>()));
        Assert.Equal(world.Status("wfa"), (await world.TaskAsync(modeling))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ForClientAndPersonId_AreIgnoredForNonManagers_UsedForManagers()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var (_, artist) = await world.CommentAsync(world.Artist, modeling, "wip", "By the artist", new { for_client = true, person_id = world["manager"], created_at = "2020-01-01 10:00:00" });
        var (_, manager) = await world.CommentAsync(world.Manager, modeling, "wip", "On behalf", new { for_client = true, person_id = world["artist2"] });

        Assert.False(artist!["for_client"]!.GetValue<bool>());
        Assert.Equal(world["artist"], artist["person_id"]!.GetValue<string>());
        Assert.NotEqual("2020-01-01T10:00:00", artist["created_at"]!.GetValue<string>());
        Assert.True(manager!["for_client"]!.GetValue<bool>());
        Assert.Equal(world["artist2"], manager["person_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attachment_OverTheSizeLimit_IsA400_AndLeavesNoComment()
    {
        var factory = new StudioApiFactory { Settings = { ["Studio:MaxAttachmentSize"] = "1000" } };
        await ((IAsyncLifetime)factory).InitializeAsync();
        try
        {
            var admin = await factory.AdminAsync();
            var project = await admin.ProjectAsync();
            var character = await admin.IdOfAsync("entity-types", "Character");
            var modeling = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types?name=Modeling"))!.AsArray().First(t => t!["for_entity"]!.GetValue<string>() == "Asset").Id();
            var asset = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/asset-types/{character}/assets/new", new { name = "Big" })).Id();
            var task = (await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = modeling })).Id();
            var wip = await admin.IdOfAsync("task-status", "Work In Progress");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(wip), "task_status_id" },
                { new StringContent("Too big"), "comment" },
                { new ByteArrayContent(new byte[2000]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", "big.bin" },
            };

            using var response = await admin.Http.PostAsync($"/api/actions/tasks/{task}/comment", form);
            var comments = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{task}/comments");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("larger than the limit of 1000 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Empty(comments!.AsArray());
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }
}
