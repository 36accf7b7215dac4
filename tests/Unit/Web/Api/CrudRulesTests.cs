using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The special rules of Zou's CRUD permissions beyond who may call a route.</summary>
public sealed class CrudRulesTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private ApiClient Admin => fixture.Admin;

    [Fact]
    public async Task Playlist_EpisodeAllOrMain_IsStoredAsNull_AndUnknownTaskTypeDropped()
    {
        var project = await Admin.ProjectAsync();

        var all = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists", new { name = "All", project_id = project, episode_id = "all", task_type_id = Guid.NewGuid() });
        var main = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists", new { name = "Main", project_id = project, episode_id = "main" });

        Assert.Null(all!["episode_id"]);
        Assert.True(all["is_for_all"]!.GetValue<bool>());
        Assert.Null(all["task_type_id"]);
        Assert.Null(main!["episode_id"]);
        Assert.False(main["is_for_all"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PlaylistPut_NormalisesShots_AndDropsItemsWithoutPreview()
    {
        var playlist = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists", new { name = "Dailies", project_id = fixture.World["project"] });
        var entity = fixture.World["entity"];
        var preview = Guid.NewGuid().ToString();

        var updated = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/playlists/{playlist.Id()}", new
        {
            shots = new object[]
            {
                new { entity_id = entity, preview_file_id = preview, extra = "dropped key" },
                new { entity_id = entity },
            },
        });

        var shot = Assert.Single(updated!["shots"]!.AsArray())!.AsObject();
        Assert.Equal(["entity_id", "preview_file_id"], shot.Select(p => p.Key).Order());
        Assert.Equal(preview, shot["preview_file_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TimeSpentWrites_RecomputeTaskDuration_AndEmitTaskUpdate()
    {
        var task = await NewTaskAsync();
        var admin = fixture.World["admin"];

        var first = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/time-spents", new { duration = 60, date = "2026-02-02", task_id = task, person_id = admin });
        await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/time-spents", new { duration = 30, date = "2026-02-03", task_id = task, person_id = admin });
        var afterCreate = await DurationAsync(task);
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/time-spents/{first.Id()}", new { duration = 120 });
        var afterUpdate = await DurationAsync(task);
        await Admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/data/time-spents/{first.Id()}");
        var afterDelete = await DurationAsync(task);
        var events = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=task:update");

        Assert.Equal(90, afterCreate);
        Assert.Equal(150, afterUpdate);
        Assert.Equal(30, afterDelete);
        Assert.True(events!.AsArray().Count(e => e!["data"]!["task_id"]!.GetValue<string>() == task) >= 4);
    }

    [Fact]
    public async Task TimeSpentDelete_ByTheAssignedPerson_IsAllowed_ByAnotherArtist_Refused()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var (other, otherId) = await fixture.Factory.PersonAsync("user");
        var task = await NewTaskAsync(team: [artistId, otherId]);
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{task}", new { assignees = new[] { artistId } });
        var own = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/time-spents", new { duration = 60, date = "2026-02-02", task_id = task, person_id = artistId });

        var refused = await other.DeleteAsync($"/data/time-spents/{own.Id()}");
        var allowed = await artist.DeleteAsync($"/data/time-spents/{own.Id()}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.NoContent, allowed.Status);
        Assert.Equal(0, await DurationAsync(task));
    }

    [Fact]
    public async Task TaskPut_Assignees_EmitAssignAndUnassign_AndNotifyTheNewAssignee()
    {
        var (_, artistId) = await fixture.Factory.PersonAsync("user");
        var task = await NewTaskAsync(team: [artistId]);

        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{task}", new { assignees = new[] { artistId } });
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{task}", new { assignees = Array.Empty<string>() });
        var assign = await EventsAsync("task:assign", task);
        var unassign = await EventsAsync("task:unassign", task);
        var notifications = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/notifications?task_id={task}");

        Assert.Equal(artistId, Assert.Single(assign)["person_id"]!.GetValue<string>());
        Assert.Equal(artistId, Assert.Single(unassign)["person_id"]!.GetValue<string>());
        var notification = Assert.Single(notifications!.AsArray())!;
        Assert.Equal("assignation", notification["notification_type"]!.GetValue<string>());
        Assert.Equal(artistId, notification["person_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CommentPut_AuthorEditsText_OtherArtistMayOnlyTickTheChecklist()
    {
        var (author, authorId) = await fixture.Factory.PersonAsync("user");
        var (other, otherId) = await fixture.Factory.PersonAsync("user");
        var task = await NewTaskAsync(team: [authorId, otherId]);
        var comment = await NewCommentAsync(task, authorId, checklist: new JsonArray(new JsonObject { ["text"] = "eyes", ["checked"] = false }));

        var authorEdit = await author.PutAsync($"/data/comments/{comment}", new { text = "fixed typo" });
        var otherText = await other.PutAsync($"/data/comments/{comment}", new { text = "hijack" });
        var otherTick = await other.PutAsync($"/data/comments/{comment}", new { checklist = new[] { new { text = "eyes", @checked = true } } });
        var otherRewrite = await other.PutAsync($"/data/comments/{comment}", new { checklist = new[] { new { text = "nose", @checked = true } } });
        var forClient = await author.PutAsync($"/data/comments/{comment}", new { for_client = true });

        Assert.Equal(HttpStatusCode.OK, authorEdit.Status);
        Assert.Equal(authorId, authorEdit.Body!["editor_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, otherText.Status);
        Assert.Equal(HttpStatusCode.OK, otherTick.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherRewrite.Status);
        Assert.Equal(HttpStatusCode.Forbidden, forClient.Status);
    }

    [Fact]
    public async Task CommentPut_StatusChange_ResetsTheTaskFromItsHistory()
    {
        var task = await NewTaskAsync();
        var wip = await Admin.IdOfAsync("task-status", "Work In Progress");
        var retake = await Admin.IdOfAsync("task-status", "Retake");
        var comment = await NewCommentAsync(task, fixture.World["admin"], status: wip);

        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/comments/{comment}", new { task_status_id = retake });
        var updated = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{task}");
        var changed = await EventsAsync("task:status-changed", task);

        Assert.Equal(retake, updated!["task_status_id"]!.GetValue<string>());
        Assert.Equal(1, updated["retake_count"]!.GetValue<int>());
        Assert.Null(updated["real_start_date"]);
        Assert.Equal(retake, Assert.Single(changed)["new_task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CommentPut_StatusChange_ByArtist_NeedsAnArtistAllowedStatus()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var task = await NewTaskAsync(team: [artistId]);
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{task}", new { assignees = new[] { artistId } });
        var locked = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-status",
            new { name = "Approved " + Guid.NewGuid().ToString("N")[..6], short_name = Guid.NewGuid().ToString("N")[..6], color = "#00FF00", is_artist_allowed = false });
        var wip = await Admin.IdOfAsync("task-status", "Work In Progress");
        var comment = await NewCommentAsync(task, artistId);

        var refused = await artist.PutAsync($"/data/comments/{comment}", new { task_status_id = locked.Id() });
        var allowed = await artist.PutAsync($"/data/comments/{comment}", new { task_status_id = wip });

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
    }

    [Fact]
    public async Task CommentPut_ReReadsMentions_AndNotifiesTheMentioned()
    {
        var (_, mentionedId) = await fixture.Factory.PersonAsync("supervisor");
        var task = await NewTaskAsync(team: [mentionedId]);
        var comment = await NewCommentAsync(task, fixture.World["admin"]);

        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/comments/{comment}", new { text = "@Test supervisor please look" });
        var read = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/comments/{comment}");
        var notifications = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/notifications?comment_id={comment}");

        Assert.Equal(mentionedId, Assert.Single(read!["mentions"]!.AsArray())!.GetValue<string>());
        var notification = Assert.Single(notifications!.AsArray())!;
        Assert.Equal("mention", notification["notification_type"]!.GetValue<string>());
        Assert.Equal(mentionedId, notification["person_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task PreviewPut_AssigneeMayUpdate_OtherMemberRefused_RevisionStaysUnique()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var (other, otherId) = await fixture.Factory.PersonAsync("user");
        var task = await NewTaskAsync(team: [artistId, otherId]);
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{task}", new { assignees = new[] { artistId } });
        var first = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-files", new { name = "a", task_id = task, revision = 1, position = 1 });
        var second = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-files", new { name = "b", task_id = task, revision = 1, position = 2 });
        await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-files", new { name = "c", task_id = task, revision = 2, position = 1 });

        var assignee = await artist.PutAsync($"/data/preview-files/{first.Id()}", new { description = "v1" });
        var refused = await other.PutAsync($"/data/preview-files/{first.Id()}", new { description = "nope" });
        var taken = await artist.PutAsync($"/data/preview-files/{first.Id()}", new { revision = 2 });
        var moved = await artist.PutAsync($"/data/preview-files/{first.Id()}", new { revision = 5 });
        var sibling = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{second.Id()}");

        Assert.Equal(HttpStatusCode.OK, assignee.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.BadRequest, taken.Status);
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Equal(5, sibling!["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task WorkingAndOutputFilePut_AssigneeAllowed_OtherArtistRefused()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var (other, otherId) = await fixture.Factory.PersonAsync("user");
        var entity = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities",
            new { name = "Prop " + Guid.NewGuid().ToString("N")[..6], project_id = fixture.World["project"], entity_type_id = fixture.World["asset_type"] });
        await Admin.TeamAddAsync(fixture.World["project"], artistId);
        await Admin.TeamAddAsync(fixture.World["project"], otherId);
        var task = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = entity.Id(), task_type_id = fixture.World["task_type"], assignees = new[] { artistId } });
        var working = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/working-files", new { name = "w", task_id = task.Id(), revision = 1 });
        var output = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/output-files", new { name = "o", revision = 1, file_status_id = fixture.World["file_status"], entity_id = entity.Id() });

        Assert.Equal(HttpStatusCode.OK, (await artist.PutAsync($"/data/working-files/{working.Id()}", new { comment = "mine" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsync($"/data/working-files/{working.Id()}", new { comment = "theirs" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await artist.PutAsync($"/data/output-files/{output.Id()}", new { comment = "mine" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsync($"/data/output-files/{output.Id()}", new { comment = "theirs" })).Status);
    }

    [Fact]
    public async Task ProjectPost_AppliesTheTemplate_CopiesProjectDescriptors_AndGivesATvShowItsFirstEpisode()
    {
        var shared = await Admin.ProjectAsync();
        await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/metadata-descriptors",
            new { project_id = shared, entity_type = "Project", name = "Client", field_name = "client_" + Guid.NewGuid().ToString("N")[..6] });
        var template = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/project-templates", new
        {
            name = "Series " + Guid.NewGuid().ToString("N")[..6],
            fps = "24",
            production_type = "tvshow",
            task_types = new[] { fixture.World["task_type"] },
            metadata_descriptors = new[] { new { name = "Difficulty", entity_type = "Shot", data_type = "number" } },
        });

        var project = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/projects",
            new { name = "Show " + Guid.NewGuid().ToString("N")[..6], project_template_id = template.Id(), ratio = "2.39" });
        var read = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project.Id()}");
        var episode = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/entities/{project!["first_episode_id"]!.GetValue<string>()}");
        var descriptors = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/metadata-descriptors?project_id={project.Id()}");

        Assert.Equal("24", read!["fps"]!.GetValue<string>());
        Assert.Equal("2.39", read["ratio"]!.GetValue<string>());
        Assert.Equal("tvshow", read["production_type"]!.GetValue<string>());
        Assert.Contains(read["task_types"]!.AsArray(), t => t!.GetValue<string>() == fixture.World["task_type"]);
        Assert.Equal("E01", episode!["name"]!.GetValue<string>());
        Assert.Equal("Episode", episode["type"]!.GetValue<string>());
        Assert.Equal(["Client", "Difficulty"], descriptors!.AsArray().Select(d => d!["name"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task ProjectPost_UnknownTemplate_IsRefused()
    {
        var (status, body) = await Admin.PostAsync("/data/projects", new { name = "X " + Guid.NewGuid().ToString("N")[..6], project_template_id = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Project template not found.", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProjectDelete_WithContent_NeedsForce_ThenRemovesEverything()
    {
        var project = await Admin.ProjectAsync(fixture.World["admin"]);
        var entity = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities", new { name = "Hero", project_id = project, entity_type_id = fixture.World["asset_type"] });
        var task = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = entity.Id(), task_type_id = fixture.World["task_type"] });
        var comment = await NewCommentAsync(task.Id(), fixture.World["admin"]);
        await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/time-spents", new { duration = 10, date = "2026-02-02", task_id = task.Id(), person_id = fixture.World["admin"] });
        await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists", new { name = "Review", project_id = project });
        var closed = await Admin.IdOfAsync("project-status", "Closed");
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{project}", new { project_status_id = closed });

        var refused = await Admin.DeleteAsync($"/data/projects/{project}");
        var forced = await Admin.DeleteAsync($"/data/projects/{project}?force=true");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.NoContent, forced.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/data/projects/{project}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/data/entities/{entity.Id()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/data/comments/{comment}")).Status);
    }

    [Fact]
    public async Task TaskDelete_WithComments_NeedsForce()
    {
        var task = await NewTaskAsync();
        var comment = await NewCommentAsync(task, fixture.World["admin"]);

        var refused = await Admin.DeleteAsync($"/data/tasks/{task}");
        var forced = await Admin.DeleteAsync($"/data/tasks/{task}?force=true");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.NoContent, forced.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/data/comments/{comment}")).Status);
    }

    [Fact]
    public async Task TaskTypeDelete_UsedByAProduction_NeedsForce()
    {
        var type = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-types", new { name = "Grooming " + Guid.NewGuid().ToString("N")[..6] });
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{fixture.World["project"]}", new { task_types = new[] { type.Id() } });

        var refused = await Admin.DeleteAsync($"/data/task-types/{type.Id()}");
        var forced = await Admin.DeleteAsync($"/data/task-types/{type.Id()}?force=true");
        var project = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{fixture.World["project"]}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.NoContent, forced.Status);
        Assert.DoesNotContain(project!["task_types"]!.AsArray(), t => t!.GetValue<string>() == type.Id());
    }

    [Fact]
    public async Task PersonDelete_WithTraces_NeedsForce_AndPreviewDeleteForceClearsReferences()
    {
        var (_, artistId) = await fixture.Factory.PersonAsync("user");
        var task = await NewTaskAsync(team: [artistId]);
        await NewCommentAsync(task, artistId);
        var preview = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-files", new { name = "p", task_id = task, revision = 1 });
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/entities/{fixture.World["entity"]}", new { preview_file_id = preview.Id() });

        var refused = await Admin.DeleteAsync($"/data/persons/{artistId}");
        var forced = await Admin.DeleteAsync($"/data/persons/{artistId}?force=true");
        var previewForced = await Admin.DeleteAsync($"/data/preview-files/{preview.Id()}?force=true");
        var entity = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/entities/{fixture.World["entity"]}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.NoContent, forced.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/data/persons/{artistId}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, previewForced.Status);
        Assert.Null(entity!["preview_file_id"]);
    }

    private async Task<string> NewTaskAsync(string[]? team = null)
    {
        var project = fixture.World["project"];
        foreach (var person in team ?? [])
        {
            await Admin.TeamAddAsync(project, person);
        }

        var entity = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities",
            new { name = "Asset " + Guid.NewGuid().ToString("N")[..8], project_id = project, entity_type_id = fixture.World["asset_type"] });
        return (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = entity.Id(), task_type_id = fixture.World["task_type"] })).Id();
    }

    private async Task<string> NewCommentAsync(string task, string author, string? status = null, JsonArray? checklist = null)
    {
        var body = new JsonObject
        {
            ["object_id"] = task,
            ["object_type"] = "Task",
            ["person_id"] = author,
            ["text"] = "first",
            ["task_status_id"] = status ?? fixture.World["task_status"],
            ["checklist"] = checklist ?? [],
        };
        return (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/comments", body)).Id();
    }

    private async Task<double> DurationAsync(string task) =>
        (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{task}"))!["duration"]!.GetValue<double>();

    private async Task<List<JsonObject>> EventsAsync(string name, string task) =>
        [.. (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/events?name={name}"))!.AsArray()
            .Select(e => e!["data"]!.AsObject()).Where(d => d["task_id"]?.GetValue<string>() == task)];
}
