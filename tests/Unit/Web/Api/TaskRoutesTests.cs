using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The task and discussion routes beyond posting: who may call each, and what it does.</summary>
public sealed class TaskRoutesTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task CommentList_HidesClientsCommentsFromArtists_AndShowsClientsOnlyWhatIsSharedWithThem()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Client, modeling, "todo", "Client remark");
        await world.CommentAsync(world.Manager, modeling, "todo", "Internal note");
        await world.CommentAsync(world.Manager, modeling, "todo", "For the client", new { for_client = true });

        var manager = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");
        var artist = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");
        var client = await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");
        var outsider = await world.Outsider.GetAsync($"/data/tasks/{modeling}/comments");

        Assert.Equal(["For the client", "Internal note", "Client remark"], Texts(manager));
        Assert.Equal(["For the client", "Internal note"], Texts(artist));
        Assert.Equal(["For the client", "Client remark"], Texts(client));
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal(["first_name", "last_name", "full_name", "has_avatar", "role", "id"], manager!.AsArray()[0]!["person"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Acknowledge_TogglesTheCallersAcknowledgement()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "retake", "Fix it");

        var first = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/tasks/{modeling}/comments/{comment.Id()}/ack");
        var second = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/tasks/{modeling}/comments/{comment.Id()}/ack");
        var outsider = await world.Outsider.PostAsync($"/data/tasks/{modeling}/comments/{comment.Id()}/ack", new { });
        var wrongTask = await world.Artist.PostAsync($"/data/tasks/{Guid.NewGuid()}/comments/{comment.Id()}/ack", new { });

        Assert.Equal(world["artist"], Assert.Single(first!["acknowledgements"]!.AsArray())!.GetValue<string>());
        Assert.Empty(second!["acknowledgements"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal(HttpStatusCode.NotFound, wrongTask.Status);
    }

    [Fact]
    public async Task Reply_AppendsToTheComment_NotifiesTheAuthor_AndOnlyItsAuthorRemovesIt()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "retake", "Fix it");

        var reply = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/tasks/{modeling}/comments/{comment.Id()}/reply", new { text = "Done, @Test manager" });
        var refused = await world.Artist2.PostAsync($"/data/tasks/{modeling}/comments/{comment.Id()}/reply", new { text = "Me too" });
        var notifications = await world.NotificationsAsync($"comment_id={comment.Id()}&notification_type=reply");
        var listed = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments/{comment.Id()}");
        var otherDeletes = await world.Artist2.DeleteAsync($"/data/tasks/{modeling}/comments/{comment.Id()}/reply/{reply.Id()}");
        var deleted = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Delete, $"/data/tasks/{modeling}/comments/{comment.Id()}/reply/{reply.Id()}");
        var again = await world.Artist.DeleteAsync($"/data/tasks/{modeling}/comments/{comment.Id()}/reply/{reply.Id()}");

        Assert.Equal("Done, @Test manager", reply!["text"]!.GetValue<string>());
        Assert.Equal(world["manager"], Assert.Single(reply["mentions"]!.AsArray())!.GetValue<string>());
        Assert.Equal(world["artist"], reply["person"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(world["manager"], Assert.Single(notifications)!["person_id"]!.GetValue<string>());
        Assert.Equal(world["artist"], Assert.Single(listed!["replies"]!.AsArray())!["person"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, otherDeletes.Status);
        Assert.Empty(deleted!["replies"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task DeleteComment_ByItsAuthor_ReplaysTheTask_AnotherArtistIsRefused()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Artist, modeling, "wip");
        var (_, review) = await world.CommentAsync(world.Artist, modeling, "wfa", "Please review");

        var refused = await world.Artist2.DeleteAsync($"/data/tasks/{modeling}/comments/{review.Id()}");
        var deleted = await world.Artist.DeleteAsync($"/data/tasks/{modeling}/comments/{review.Id()}");
        var task = await world.TaskAsync(modeling);
        var news = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/news?comment_id={review.Id()}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(world.Status("wip"), task["task_status_id"]!.GetValue<string>());
        Assert.Null(task["end_date"]);
        Assert.Empty(news!.AsArray());
    }

    [Fact]
    public async Task CrudCommentDelete_FollowsTheSameRule()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "retake");

        var artist = await world.Artist.DeleteAsync($"/data/comments/{comment.Id()}");
        var manager = await world.Manager.DeleteAsync($"/data/comments/{comment.Id()}");

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(HttpStatusCode.NoContent, manager.Status);
        Assert.Equal(world.Status("todo"), (await world.TaskAsync(modeling))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task BatchComment_PostsEachComment_InOneTransaction()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();

        var posted = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/actions/tasks/batch-comment", new
        {
            comments = new object[]
            {
                new { task_id = modeling, task_status_id = world.Status("wip"), text = "Go" },
                new { task_id = rigging, task_status_id = world.Status("ready"), text = "Ready soon" },
            },
        });
        var refused = await world.Artist.PostAsync("/actions/tasks/batch-comment", new
        {
            comments = new object[]
            {
                new { task_id = modeling, task_status_id = world.Status("wfa"), text = "Mine" },
                new { task_id = rigging, task_status_id = world.Status("wfa"), text = "Not mine" },
            },
        });

        Assert.Equal(2, posted!.AsArray().Count);
        Assert.Equal(world.Status("ready"), (await world.TaskAsync(rigging))["task_status_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(world.Status("wip"), (await world.TaskAsync(modeling))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CommentMany_SkipsTheTasksTheCallerMayNotComment()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();

        var posted = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/projects/{world["project"]}/tasks/comment-many", new object[]
        {
            new { object_id = modeling, task_status_id = world.Status("wip"), comment = "Mine" },
            new { object_id = rigging, task_status_id = world.Status("wip"), comment = "Not mine" },
            new { object_id = rigging, comment = "incomplete" },
        });

        Assert.Equal(modeling, Assert.Single(posted!.AsArray())!["object_id"]!.GetValue<string>());
        Assert.Equal(world.Status("todo"), (await world.TaskAsync(rigging))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task FullTask_HasZousShape_ForTheTeam()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var full = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/full");
        var outsider = await world.Outsider.GetAsync($"/data/tasks/{modeling}/full");
        var unknown = await world.Artist.GetAsync($"/data/tasks/{Guid.NewGuid()}/full");
        var malformed = await world.Artist.GetAsync("/data/tasks/not-an-id/full");

        var keys = full!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["assignees", "id", "created_at", "updated_at", "type", "entity", "entity_type", "is_subscribed", "persons", "project", "task_status", "task_type", "assigner"], keys.Skip(keys.IndexOf("assignees")));
        Assert.Equal("Entity", full["entity"]!["type"]!.GetValue<string>());
        Assert.Equal(world["artist"], Assert.Single(full["persons"]!.AsArray()).Id());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal("""{"error":true,"message":"Malformed ID.","data":null}""", malformed.Body!.ToJsonString());
    }

    [Fact]
    public async Task Assign_BySupervisorOrManager_NotifiesAndJoinsTheTeam_ArtistMayNotAssignOthers()
    {
        var (_, _, rigging) = await world.NewAssetAsync();
        var (_, newcomerId) = await world.Factory.PersonAsync("user");

        var assigned = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/actions/tasks/{rigging}/assign", new { person_id = newcomerId });
        var artist = await world.Artist.PutAsync($"/actions/tasks/{rigging}/assign", new { person_id = world["artist2"] });
        var unknown = await world.Manager.PutAsync($"/actions/tasks/{rigging}/assign", new { person_id = Guid.NewGuid() });
        var team = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{world["project"]}/team");
        var notified = await world.NotificationsAsync($"task_id={rigging}&notification_type=assignation");

        Assert.Contains(assigned!["assignees"]!.AsArray(), a => a!.GetValue<string>() == newcomerId);
        Assert.Equal(world["manager"], assigned["assigner_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("Assignee doesn't exist in database.", unknown.Body!["error"]!.GetValue<string>());
        Assert.Contains(team!.AsArray(), p => p.Id() == newcomerId);
        Assert.Equal(newcomerId, Assert.Single(notified)!["person_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClearAssignation_AnArtistMayOnlyRemoveThemself()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = new[] { world["artist2"] } });

        var own = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/actions/tasks/clear-assignation", new { task_ids = new[] { modeling, rigging } });
        var manager = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/actions/tasks/clear-assignation", new { task_ids = new[] { rigging }, person_id = world["artist2"] });
        var bad = await world.Manager.PutAsync("/actions/tasks/clear-assignation", new { person_id = world["artist2"] });

        Assert.Equal(modeling, Assert.Single(own!.AsArray())!.GetValue<string>());
        Assert.Equal(rigging, Assert.Single(manager!.AsArray())!.GetValue<string>());
        Assert.Empty((await world.TaskAsync(rigging))["assignees"]?.AsArray() ?? []);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
    }

    [Fact]
    public async Task CreateTasks_AddsTheMissingTasksOnly_ForManagers()
    {
        var (asset, _, _) = await world.NewAssetAsync();
        var shading = await world.Admin.IdOfAsync("task-types", "Shading");
        var path = $"/actions/projects/{world["project"]}/task-types/{shading}/assets/create-tasks";

        var created = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new[] { asset });
        var again = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new[] { asset });
        var artist = await world.Artist.PostAsync(path, new[] { asset });

        var task = Assert.Single(created!.AsArray())!;
        Assert.Equal("main", task["name"]!.GetValue<string>());
        Assert.Equal("Shading", task["task_type_name"]!.GetValue<string>());
        Assert.Equal("Todo", task["task_status_name"]!.GetValue<string>());
        Assert.Empty(again!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
    }

    [Fact]
    public async Task DeleteTasks_RemovesThemWithTheirComments_ForManagers()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "wip");

        var artist = await world.Artist.PostAsync($"/actions/projects/{world["project"]}/delete-tasks", new[] { modeling });
        var deleted = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/actions/projects/{world["project"]}/delete-tasks", new[] { modeling, rigging });
        var byType = await world.Manager.DeleteAsync($"/actions/projects/{world["project"]}/task-types/{world["rigging"]}/delete-tasks");

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(2, deleted!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/tasks/{modeling}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/comments/{comment.Id()}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, byType.Status);
    }

    [Fact]
    public async Task EntityTasks_AndTaskTypes_AreReadByTheTeam()
    {
        var (asset, modeling, rigging) = await world.NewAssetAsync();

        var tasks = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/assets/{asset}/tasks");
        var types = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/assets/{asset}/task-types");
        var outsider = await world.Outsider.GetAsync($"/data/assets/{asset}/tasks");
        var mine = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/assets/{asset}/task-types");

        Assert.Equal(new[] { modeling, rigging }.Order(), tasks!.AsArray().Select(t => t.Id()).Order());
        Assert.Equal(["Modeling", "Rigging"], types!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal("Modeling", Assert.Single(mine!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subscriptions_AreTheCallersOwn_AndProjectManagersListThem()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        await world.Artist2.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/user/tasks/{modeling}/subscribe", new { });
        var subscribed = await world.Artist2.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/tasks/{modeling}/subscribed");
        var listed = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{world["project"]}/subscriptions");
        var artistList = await world.Artist.GetAsync($"/data/projects/{world["project"]}/subscriptions");
        var outsider = await world.Outsider.PostAsync($"/actions/user/tasks/{modeling}/subscribe", new { });
        await world.Artist2.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/actions/user/tasks/{modeling}/unsubscribe");
        var after = await world.Artist2.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/tasks/{modeling}/subscribed");

        Assert.True(subscribed!.GetValue<bool>());
        Assert.Contains(listed!.AsArray(), s => s!["task_id"]?.GetValue<string>() == modeling && s["person_id"]!.GetValue<string>() == world["artist2"]);
        Assert.Equal(HttpStatusCode.Forbidden, artistList.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.False(after!.GetValue<bool>());
    }

    [Fact]
    public async Task MyTasks_ListTheCallersOpenTasks_WithNames_AndDoneTasksApart()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, finished, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Manager, finished, "done");

        var todo = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/tasks");
        var done = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/done-tasks");
        var other = await world.Artist2.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/tasks");

        var row = todo!.AsArray().Single(t => t.Id() == modeling)!;
        Assert.Equal("Modeling", row["task_type_name"]!.GetValue<string>());
        Assert.Equal("Character", row["entity_type_name"]!.GetValue<string>());
        Assert.DoesNotContain(todo.AsArray(), t => t.Id() == finished);
        Assert.Contains(done!.AsArray(), t => t.Id() == finished);
        Assert.DoesNotContain(other!.AsArray(), t => t.Id() == modeling);
    }

    [Fact]
    public async Task MyNotifications_AreTheCallersOwn_AndCanBeMarkedRead()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "retake", "Please fix");

        var mine = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/notifications?type=comment");
        var notification = mine!.AsArray().Single(n => n!["comment_id"]?.GetValue<string>() == comment.Id())!;
        var othersRead = await world.Artist2.PutAsync($"/data/user/notifications/{notification.Id()}", new { read = true });
        var read = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/user/notifications/{notification.Id()}", new { read = true });
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/actions/user/notifications/mark-all-as-read", new { });
        var unread = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/notifications?read=false");

        Assert.Equal("Please fix", notification["comment_text"]!.GetValue<string>());
        Assert.StartsWith("Character / ", notification["full_entity_name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, othersRead.Status);
        Assert.True(read!["read"]!.GetValue<bool>());
        Assert.Empty(unread!.AsArray());
    }

    [Fact]
    public async Task News_IsTheTeamsFeed_PagedWithStats()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Manager, modeling, "wip");

        var feed = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/news?project_id={world["project"]}&limit=2");
        var project = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{world["project"]}/news");
        var one = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{world["project"]}/news/{project!["data"]![0].Id()}");
        var outsider = await world.Outsider.GetAsync($"/data/projects/{world["project"]}/news");
        var outsiderAll = await world.Outsider.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/projects/news");

        Assert.True(feed!["data"]!.AsArray().Count <= 2);
        Assert.Equal(2, feed["limit"]!.GetValue<int>());
        Assert.True(feed["stats"]![world.Status("wip")]!.GetValue<int>() >= 1);
        Assert.Equal("News", one!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Empty(outsiderAll!["data"]!.AsArray());
    }

    [Fact]
    public async Task EntityChat_TeamPostsAndReads_OnlyTheAuthorDeletes()
    {
        var (asset, _, _) = await world.NewAssetAsync();

        var posted = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/entities/{asset}/chat/messages", new { message = "Which scale?" });
        var read = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/entities/{asset}/chat/messages");
        var outsider = await world.Outsider.GetAsync($"/data/entities/{asset}/chat/messages");
        var chats = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/chats");
        var othersDelete = await world.Artist2.DeleteAsync($"/data/entities/{asset}/chat/messages/{posted.Id()}");
        var deleted = await world.Artist.DeleteAsync($"/data/entities/{asset}/chat/messages/{posted.Id()}");

        Assert.Equal("Which scale?", Assert.Single(read!.AsArray())!["text"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Contains(chats!.AsArray(), c => c!["object_id"]!.GetValue<string>() == asset);
        Assert.Equal(HttpStatusCode.Forbidden, othersDelete.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
    }

    [Fact]
    public async Task Filters_AreTheCallersOwnSavedSearches()
    {
        await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/search-filters",
            new { list_type = "asset", name = "Heroes", search_query = "hero", person_id = world["artist"], project_id = world["project"] });

        var mine = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/filters");
        var others = await world.Artist2.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/filters");

        Assert.Equal("Heroes", Assert.Single(mine!["asset"]![world["project"]]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Null(others!["asset"]);
    }

    [Fact]
    public async Task SequenceSubscriptions_AndMyShots_AreTheCallersOwn()
    {
        var project = world["project"];
        var sequence = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/sequences", new { name = "SQ-" + Guid.NewGuid().ToString("N")[..6] })).Id();
        var mine = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/shots", new { name = "SH010", sequence_id = sequence })).Id();
        await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/shots", new { name = "SH020", sequence_id = sequence });
        var layout = await world.Admin.IdOfAsync("task-types", "Layout");
        await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = mine, task_type_id = layout, assignees = new[] { world["artist"] } });

        await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/user/sequences/{sequence}/task-types/{layout}/subscribe", new { });
        var subscriptions = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/projects/{project}/task-types/{layout}/sequence-subscriptions");
        var shots = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/sequences/{sequence}/shots");
        var types = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/shots/{mine}/task-types");
        var outsider = await world.Outsider.GetAsync($"/data/user/projects/{project}/task-types/{layout}/sequence-subscriptions");
        await world.Artist.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/actions/user/sequences/{sequence}/task-types/{layout}/unsubscribe");
        var after = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/projects/{project}/task-types/{layout}/sequence-subscriptions");

        Assert.Equal(sequence, Assert.Single(subscriptions!.AsArray())!.GetValue<string>());
        Assert.Equal(mine, Assert.Single(shots!.AsArray()).Id());
        Assert.Equal("Layout", Assert.Single(types!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Empty(after!.AsArray());
    }

    private static List<string> Texts(JsonNode? comments) => [.. comments!.AsArray().Select(c => c!["text"]!.GetValue<string>())];
}
