using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The rules of posting a comment, each test named after its rule.</summary>
public sealed class CommentRulesTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task StatusChange_MovesTheTask_WipSetsRealStart_LastCommentDateFollows()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var (status, comment) = await world.CommentAsync(world.Artist, modeling, "wip", "Started");
        var task = await world.TaskAsync(modeling);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(world.Status("wip"), task["task_status_id"]!.GetValue<string>());
        Assert.NotNull(task["real_start_date"]);
        Assert.Equal(comment!["created_at"]!.GetValue<string>(), task["last_comment_date"]!.GetValue<string>());
        Assert.Equal(world["artist"], comment["person_id"]!.GetValue<string>());
        Assert.Equal("Work In Progress", comment["task_status"]!["name"]!.GetValue<string>());
        Assert.Equal(world["artist"], comment["person"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task RetakeCount_CountsTransitionsIntoRetake_NotStayingInRetake()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        await world.CommentAsync(world.Manager, modeling, "retake", "Fix the ears");
        await world.CommentAsync(world.Manager, modeling, "retake", "And the nose");
        await world.CommentAsync(world.Manager, modeling, "wip");
        await world.CommentAsync(world.Manager, modeling, "retake", "Again");

        Assert.Equal(2, (await world.TaskAsync(modeling))["retake_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task FeedbackRequest_SetsEndDate_Done_SetsDoneDate_OtherStatusesClearThem()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        await world.CommentAsync(world.Manager, modeling, "wfa");
        var review = await world.TaskAsync(modeling);
        await world.CommentAsync(world.Manager, modeling, "done");
        var done = await world.TaskAsync(modeling);
        await world.CommentAsync(world.Manager, modeling, "wip");
        var reopened = await world.TaskAsync(modeling);

        Assert.NotNull(review["end_date"]);
        Assert.Null(review["done_date"]);
        Assert.NotNull(done["done_date"]);
        Assert.Null(reopened["end_date"]);
        Assert.Null(reopened["done_date"]);
    }

    [Fact]
    public async Task RetakeCap_RefusesRetakesBeyondTheLimit_TheEntityMayRaiseIt()
    {
        var project = await world.Admin.ProjectAsync(world["manager"]);
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{project}", new { max_retakes = 1 });
        var (asset, modeling, _) = await world.NewAssetAsync(project);

        var first = await world.CommentAsync(world.Manager, modeling, "retake");
        await world.CommentAsync(world.Manager, modeling, "wip");
        var second = await world.CommentAsync(world.Manager, modeling, "retake");
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/entities/{asset}", new { data = new { max_retakes = 2 } });
        var raised = await world.CommentAsync(world.Manager, modeling, "retake");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("No more retakes allowed on this task", second.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, raised.Status);
    }

    [Fact]
    public async Task ArtistAllowedStatuses_AreTheOnlyOnesAnArtistMayUse_ClientAllowedForClients()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var artistLocked = await world.CommentAsync(world.Artist, modeling, "approved-by-lead");
        var clientLocked = await world.CommentAsync(world.Client, modeling, "approved-by-lead");
        var supervisor = await world.CommentAsync(world.Manager, modeling, "approved-by-lead");
        var clientAllowed = await world.CommentAsync(world.Client, modeling, "retake", "Client feedback");

        Assert.Equal(HttpStatusCode.Forbidden, artistLocked.Status);
        Assert.Equal(HttpStatusCode.Forbidden, clientLocked.Status);
        Assert.Equal(HttpStatusCode.Created, supervisor.Status);
        Assert.Equal(HttpStatusCode.Created, clientAllowed.Status);
    }

    [Fact]
    public async Task TaskAct_RefusesAnArtistNotOnTheTask_UnlessMentionedAndKeepingTheStatus()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var notAssigned = await world.CommentAsync(world.Artist2, modeling, "wip");
        await world.CommentAsync(world.Manager, modeling, "todo", "@Test user please help");
        var mentionedKeeping = await world.CommentAsync(world.Artist2, modeling, "todo", "On it");
        var mentionedChanging = await world.CommentAsync(world.Artist2, modeling, "wip");
        var outsider = await world.CommentAsync(world.Outsider, modeling, "todo");

        Assert.Equal(HttpStatusCode.Forbidden, notAssigned.Status);
        Assert.Equal(HttpStatusCode.Created, mentionedKeeping.Status);
        Assert.Equal(HttpStatusCode.Forbidden, mentionedChanging.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
    }

    [Fact]
    public async Task Vendor_CommentsOnlyTheirTasks()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = new[] { world["vendor"] } });

        var own = await world.CommentAsync(world.Vendor, rigging, "wip");
        var other = await world.CommentAsync(world.Vendor, modeling, "wip");

        Assert.Equal(HttpStatusCode.Created, own.Status);
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
    }

    [Fact]
    public async Task Notifications_GoToAssigneesAndSubscribers_NotToTheAuthor()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.Supervisor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/user/tasks/{modeling}/subscribe", new { });

        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "retake", "Please fix");
        var byArtist = await world.CommentAsync(world.Artist, modeling, "wip", "Fixing");
        var notifications = await world.NotificationsAsync($"comment_id={comment!.Id()}");
        var artistOwn = await world.NotificationsAsync($"comment_id={byArtist.Body.Id()}");

        Assert.Equal(new[] { world["artist"], world["supervisor"] }.Order(), notifications.Select(n => n!["person_id"]!.GetValue<string>()).Order());
        Assert.All(notifications, n => Assert.Equal("comment", n!["notification_type"]!.GetValue<string>()));
        Assert.All(notifications, n => Assert.True(n!["change"]!.GetValue<bool>()));
        Assert.Equal(world["supervisor"], Assert.Single(artistOwn)!["person_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mentions_OfPeopleAndDepartments_NotifyThem_ButNotTheAuthor()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var department = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/departments", new { name = "Grooming" + Guid.NewGuid().ToString("N")[..4], color = "#000000" }))!;
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{world["artist2"]}", new { departments = new[] { department.Id() } });
        var name = department!["name"]!.GetValue<string>();

        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "todo", $"@Test supervisor and @{name} and @Test manager");
        var notifications = await world.NotificationsAsync($"comment_id={comment!.Id()}&notification_type=mention");

        Assert.Equal(new[] { world["manager"], world["supervisor"] }.Order(), comment!["mentions"]!.AsArray().Select(m => m!.GetValue<string>()).Order());
        Assert.Equal(department.Id(), Assert.Single(comment["department_mentions"]!.AsArray())!.GetValue<string>());
        Assert.Equal(new[] { world["artist2"], world["supervisor"] }.Order(), notifications.Select(n => n!["person_id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Hashtag_CopiesTheCommentToTheNamedSiblingTask_KeepingItsStatus()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();

        await world.CommentAsync(world.Manager, modeling, "retake", "Topology issue #rigging");
        var copies = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{rigging}/comments");
        var riggingTask = await world.TaskAsync(rigging);

        var copy = Assert.Single(copies!.AsArray())!;
        Assert.Equal("Topology issue #rigging\n\n____\nFrom Modeling task", copy["text"]!.GetValue<string>());
        Assert.Equal(world.Status("todo"), copy["task_status_id"]!.GetValue<string>());
        Assert.Equal(world.Status("todo"), riggingTask["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task OlderComment_ReplaysTheTaskHistory()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Manager, modeling, "wip");

        var (status, _) = await world.CommentAsync(world.Manager, modeling, "retake", "Backdated note", new { created_at = "2020-01-01 10:00:00" });
        var task = await world.TaskAsync(modeling);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(world.Status("wip"), task["task_status_id"]!.GetValue<string>());
        Assert.Equal(1, task["retake_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task StatusAutomation_MovesTheNextTaskOfTheEntity()
    {
        var project = await world.Admin.ProjectAsync(world["manager"], world["artist"]);
        var automation = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/status-automations", new
        {
            entity_type = "asset", in_task_type_id = world["modeling"], in_task_status_id = world.Status("done"),
            out_field_type = "status", out_task_type_id = world["rigging"], out_task_status_id = world.Status("ready"),
        });
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{project}", new { status_automations = new[] { automation.Id() } });
        var (_, modeling, rigging) = await world.NewAssetAsync(project);

        await world.CommentAsync(world.Manager, modeling, "done", "Approved");
        var rig = await world.TaskAsync(rigging);
        var comments = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{rigging}/comments");

        Assert.Equal(world.Status("ready"), rig["task_status_id"]!.GetValue<string>());
        Assert.Equal("Change triggered by Modeling set to Done", Assert.Single(comments!.AsArray())!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task News_IsWrittenForEachComment_WithTheChangeFlag()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "wip");
        var news = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/news?comment_id={comment!.Id()}");
        var events = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=comment:new");

        Assert.True(Assert.Single(news!.AsArray())!["change"]!.GetValue<bool>());
        Assert.Contains(events!.AsArray(), e => e!["data"]!["comment_id"]!.GetValue<string>() == comment.Id());
    }

    [Fact]
    public async Task PostingIsOneTransaction_AFailureAfterTheRowsAreWritten_LeavesNoCommentStatusOrNotification()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var marker = "Rolled back " + Guid.NewGuid().ToString("N")[..6];
        var written = 0;

        // The posting's rows (comment, task, notifications, news, events) are written, then a later step fails.
        using (world.Factory.Faults.Add(db =>
        {
            if (db.ChangeTracker.Entries<Studio.Domain.Comments.Comment>().Any(e => e.Entity.Text == marker)
                && db.ChangeTracker.Entries<Studio.Domain.Events.Notification>().Any())
            {
                Interlocked.Increment(ref written);
                throw new InvalidOperationException("Injected failure after the rows are written.");
            }
        }))
        {
            var (status, _) = await world.CommentAsync(world.Manager, modeling, "retake", marker);
            Assert.Equal(HttpStatusCode.InternalServerError, status);
        }

        var comments = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");
        var task = await world.TaskAsync(modeling);
        var notifications = await world.NotificationsAsync($"task_id={modeling}&notification_type=comment");
        var news = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/news?task_id={modeling}");

        Assert.Equal(1, written);
        Assert.Empty(comments!.AsArray());
        Assert.Equal(world.Status("todo"), task["task_status_id"]!.GetValue<string>());
        Assert.Equal(0, task["retake_count"]!.GetValue<int>());
        Assert.Null(task["last_comment_date"]);
        Assert.Empty(notifications);
        Assert.Empty(news!.AsArray());
    }

    [Fact]
    public async Task PostingIsOneTransaction_AFailedUploadLeavesNoCommentStatusOrNotification()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(world.Status("retake")), "task_status_id" },
            { new StringContent("With an empty file"), "comment" },
            { new ByteArrayContent([]) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "file", "empty.txt" },
        };

        var response = await world.Manager.Http.PostAsync($"/api/actions/tasks/{modeling}/comment", form);
        var comments = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");
        var task = await world.TaskAsync(modeling);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(comments!.AsArray());
        Assert.Equal(0, task["retake_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Attachments_AreStoredWithTheComment_AndServedToTheTeamOnly()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(world.Status("wip")), "task_status_id" },
            { new StringContent("Reference attached"), "comment" },
            { new StringContent("[{\"text\":\"check\",\"checked\":false}]"), "checklist" },
            { new ByteArrayContent("hello reference"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "file", "ref.txt" },
        };

        var response = await world.Artist.Http.PostAsync($"/api/actions/tasks/{modeling}/comment", form);
        var comment = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var attachment = Assert.Single(comment["attachment_files"]!.AsArray())!;
        var download = await world.Artist2.Http.GetAsync($"/api/data/attachment-files/{attachment.Id()}/file/ref.txt");
        var refused = await world.Outsider.GetAsync($"/data/attachment-files/{attachment.Id()}/file/ref.txt");
        var more = await world.Artist.Http.PostAsync($"/api/actions/tasks/{modeling}/comments/{comment.Id()}/add-attachment",
            new MultipartFormDataContent { { new ByteArrayContent("v2"u8.ToArray()), "file", "ref.txt" } });
        var added = JsonNode.Parse(await more.Content.ReadAsStringAsync())!.AsArray();
        var otherAdds = await world.Artist2.Http.PostAsync($"/api/actions/tasks/{modeling}/comments/{comment.Id()}/add-attachment",
            new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "x.txt" } });
        var removed = await world.Artist.DeleteAsync($"/data/tasks/{modeling}/comments/{comment.Id()}/attachments/{attachment.Id()}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("check", comment["checklist"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(["id", "name", "extension", "size"], attachment.AsObject().Select(p => p.Key));
        Assert.Equal(15, attachment["size"]!.GetValue<int>());
        Assert.Equal("hello reference", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.Created, more.StatusCode);
        Assert.StartsWith("ref_", Assert.Single(added)!["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherAdds.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
    }

    [Fact]
    public async Task BadBodies_AreRefusedWithZousErrors()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var missing = await world.Manager.PostAsync($"/actions/tasks/{modeling}/comment", new { comment = "no status" });
        var unknownStatus = await world.Manager.PostAsync($"/actions/tasks/{modeling}/comment", new { task_status_id = Guid.NewGuid(), comment = "x" });
        var unknownTask = await world.CommentAsync(world.Manager, Guid.NewGuid().ToString(), "wip");
        var malformed = await world.Manager.PostAsync($"/actions/tasks/{modeling}/comment", "{oops");

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("Validation error.", missing.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownTask.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
    }
}
