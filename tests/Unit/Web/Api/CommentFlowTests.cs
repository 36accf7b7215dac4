using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Previews;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>What follows a comment: client visibility, automations, history replays, replies, notifications, events.</summary>
public sealed class CommentFlowTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task ClientComments_StudioCommentsWithPreviews_AreShownBlanked_RejectedPreviewsHidden()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, withPreview) = await world.CommentAsync(world.Manager, modeling, "wfa", "Internal notes on the preview", new { checklist = new[] { new { text = "ears", @checked = false } } });
        var preview = await AddPreviewAsync(modeling, withPreview.Id());
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/tasks/{modeling}/comments/{withPreview.Id()}/reply", new { text = "internal reply" });
        var (_, rejected) = await world.CommentAsync(world.Manager, modeling, "wfa", "Rejected version");
        var rejectedPreview = await AddPreviewAsync(modeling, rejected.Id());
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/preview-files/{rejectedPreview}", new { validation_status = "rejected" });
        await world.CommentAsync(world.Manager, modeling, "wfa", "Internal, no preview");
        await world.CommentAsync(world.Manager, modeling, "wfa", "Shared with the client", new { for_client = true });
        await world.CommentAsync(world.Client, modeling, "retake", "Client remark");

        var client = (await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments"))!.AsArray();
        var manager = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments"))!.AsArray();

        Assert.Equal(5, manager.Count);
        Assert.Equal(3, client.Count);
        var blanked = client.Single(c => c.Id() == withPreview.Id())!;
        Assert.Equal("", blanked["text"]!.GetValue<string>());
        Assert.Empty(blanked["checklist"]!.AsArray());
        Assert.Empty(blanked["replies"]!.AsArray());
        Assert.Empty(blanked["attachment_files"]!.AsArray());
        Assert.Null(blanked["person"]);
        Assert.Equal(preview, Assert.Single(blanked["previews"]!.AsArray()).Id());
        var shared = client.Single(c => c!["text"]!.GetValue<string>() == "Shared with the client")!;
        Assert.Null(shared["person"]);
        Assert.Equal(world["client"], client.Single(c => c!["text"]!.GetValue<string>() == "Client remark")!["person"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain(client, c => c.Id() == rejected.Id());
        Assert.Equal(HttpStatusCode.OK, (await world.Client.GetAsync($"/data/tasks/{modeling}/comments/{withPreview.Id()}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Client.GetAsync($"/data/tasks/{modeling}/comments/{rejected.Id()}")).Status);
    }

    [Fact]
    public async Task StatusAutomation_RunsAfterEveryComment_NotOnlyOnAStatusChange()
    {
        var (project, _) = await AutomatedProjectAsync("status", importLastRevision: false);
        var (_, modeling, rigging) = await world.NewAssetAsync(project);

        await world.CommentAsync(world.Manager, modeling, "done", "Approved");
        await world.CommentAsync(world.Manager, rigging, "wip", "Rigging started");
        await world.CommentAsync(world.Manager, modeling, "done", "Still approved");

        Assert.Equal(world.Status("ready"), (await world.TaskAsync(rigging))["task_status_id"]!.GetValue<string>());
        var comments = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{rigging}/comments");
        Assert.Equal(2, comments!.AsArray().Count(c => c!["text"]!.GetValue<string>() == "Change triggered by Modeling set to Done"));
    }

    [Fact]
    public async Task StatusAutomation_ImportLastRevision_CopiesTheLastPreviewsOntoTheTriggeredComment()
    {
        var (project, _) = await AutomatedProjectAsync("status", importLastRevision: true);
        var (_, modeling, rigging) = await world.NewAssetAsync(project);
        var (_, review) = await world.CommentAsync(world.Manager, modeling, "wfa", "Version 1");
        var source = await AddPreviewAsync(modeling, review.Id());
        var contexts = world.Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Add(new PreviewPipeline { PreviewFileId = Guid.Parse(source), SourceExtension = "mov", OriginalWidth = 320 });
            await db.SaveChangesAsync();
        }

        await world.CommentAsync(world.Manager, modeling, "done", "Approved");
        var comments = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{rigging}/comments"))!.AsArray();
        var rig = await world.TaskAsync(rigging);
        await using var read = await contexts.CreateDbContextAsync();

        var copy = Assert.Single(Assert.Single(comments)!["previews"]!.AsArray())!;
        Assert.NotEqual(source, copy.Id());
        Assert.Equal(rigging, copy["task_id"]!.GetValue<string>());
        Assert.Equal(1, copy["revision"]!.GetValue<int>());
        Assert.Equal(copy.Id(), rig["last_preview_file_id"]!.GetValue<string>());
        // The copy's files are the source's: the pipeline's record of them goes along.
        var copied = await read.Set<PreviewPipeline>().AsNoTracking().SingleAsync(r => r.PreviewFileId == Guid.Parse(copy.Id()));
        Assert.Equal(("mov", 320), (copied.SourceExtension, copied.OriginalWidth));
    }

    [Fact]
    public async Task ReadyForAutomation_MarksTheAssetReady_AndRefreshesTheShotsAssetsReady()
    {
        var (project, animation) = await AutomatedProjectAsync("ready_for", importLastRevision: false);
        var (asset, modeling, _) = await world.NewAssetAsync(project);
        var sequence = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/sequences", new { name = "SQ01" })).Id();
        var shot = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/shots", new { name = "SH010", sequence_id = sequence })).Id();
        var shotTask = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = shot, task_type_id = animation })).Id();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{project}/entities/{shot}/casting", new object[] { new { asset_id = asset, nb_occurences = 1 } });

        await world.CommentAsync(world.Manager, modeling, "done", "Approved");

        Assert.Equal(animation, (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/entities/{asset}"))!["ready_for"]!.GetValue<string>());
        Assert.Equal(1, (await world.TaskAsync(shotTask))["nb_assets_ready"]!.GetValue<int>());
    }

    [Fact]
    public async Task BackdatedComment_ReplaysTheHistory_AndIsNotAStatusChange()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Manager, modeling, "wip");
        using var published = Capture();

        var (_, backdated) = await world.CommentAsync(world.Manager, modeling, "retake", "Backdated note", new { created_at = "2020-01-01 10:00:00" });
        var notifications = await world.NotificationsAsync($"comment_id={backdated.Id()}");
        var news = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/news?comment_id={backdated.Id()}");
        var stored = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=task:status-changed");

        Assert.False(Assert.Single(notifications)!["change"]!.GetValue<bool>());
        Assert.False(Assert.Single(news!.AsArray())!["change"]!.GetValue<bool>());
        Assert.DoesNotContain(published.Events, e => e.Name == "task:status-changed");
        Assert.Single(stored!.AsArray(), e => e!["data"]!["task_id"]!.GetValue<string>() == modeling);
        Assert.Equal(1, (await world.TaskAsync(modeling))["retake_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReplyMentioningADepartment_NotifiesItsTeamMembers_AndEveryNotificationIsAnnounced()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var department = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/departments", new { name = "Lighting" + Guid.NewGuid().ToString("N")[..4], color = "#000000" }))!;
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{world["artist2"]}", new { departments = new[] { department.Id() } });
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "retake", "Fix it");
        using var published = Capture();

        var reply = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/tasks/{modeling}/comments/{comment.Id()}/reply", new { text = $"Asking @{department["name"]} for help" });
        var mentions = await world.NotificationsAsync($"comment_id={comment.Id()}&notification_type=reply-mention");
        var replies = await world.NotificationsAsync($"comment_id={comment.Id()}&notification_type=reply");

        Assert.Equal(department.Id(), Assert.Single(reply!["department_mentions"]!.AsArray())!.GetValue<string>());
        Assert.Equal(world["artist2"], Assert.Single(mentions)!["person_id"]!.GetValue<string>());
        Assert.Equal(mentions.Concat(replies).Select(n => n.Id()).Order(),
            published.Events.Where(e => e.Name == "notification:new").Select(e => e.Data!["notification_id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Notifications_CarryTheReadersSubscriptionToTheTask()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var subscription = await world.Supervisor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/user/tasks/{modeling}/subscribe", new { });
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "retake", "Please fix");

        var supervisor = await world.Supervisor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/notifications");
        var artist = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/notifications");

        Assert.Equal(subscription.Id(), supervisor!.AsArray().Single(n => n!["comment_id"]?.GetValue<string>() == comment.Id())!["subscription_id"]!.GetValue<string>());
        Assert.Null(artist!.AsArray().Single(n => n!["comment_id"]?.GetValue<string>() == comment.Id())!["subscription_id"]);
    }

    [Fact]
    public async Task StoredEvents_CarryTheProjectInTheirData_ACommentsDeletionToo()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "wip", "To remove");
        await world.Manager.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/data/comments/{comment.Id()}");

        var created = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=comment:new");
        var deleted = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=comment:delete");

        foreach (var e in new[] { created!.AsArray(), deleted!.AsArray() }.Select(list => list.Single(x => x!["data"]!["comment_id"]!.GetValue<string>() == comment.Id())!))
        {
            Assert.Equal(world["project"], e["project_id"]!.GetValue<string>());
            Assert.Equal(world["project"], e["data"]!["project_id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Comment_IsPublishedInProcess_StatusChangedToReviewAndNews()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        using var published = Capture();

        var (_, comment) = await world.CommentAsync(world.Artist, modeling, "wfa", "Please review");

        Assert.Contains(published.Events, e => e.Name == "task:status-changed" && e.Data!["task_id"]!.GetValue<string>() == modeling
            && e.Data["new_task_status_id"]!.GetValue<string>() == world.Status("wfa") && e.Data["previous_task_status_id"]!.GetValue<string>() == world.Status("todo"));
        Assert.Contains(published.Events, e => e.Name == "task:to-review" && e.Data!["comment_id"]!.GetValue<string>() == comment.Id());
        Assert.Contains(published.Events, e => e.Name == "news:new" && e.Data!["task_type_id"]!.GetValue<string>() == world["modeling"]);
        Assert.All(published.Events.Where(e => e.Data!["task_id"]?.GetValue<string>() == modeling), e => Assert.Equal(world["project"], e.Data!["project_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ConcurrentComments_OnOneTask_KeepTheTaskConsistentWithItsHistory()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            world.CommentAsync(world.Manager, modeling, i % 2 == 0 ? "retake" : "wip", $"Pass {i}")));
        var task = await world.TaskAsync(modeling);
        var comments = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments"))!.AsArray().Reverse().ToList();

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        Assert.Equal(20, comments.Count);
        var statuses = comments.Select(c => c!["task_status_id"]!.GetValue<string>()).ToList();
        var retakes = statuses.Where((s, i) => s == world.Status("retake") && (i == 0 || statuses[i - 1] != s)).Count();
        Assert.Equal(retakes, task["retake_count"]!.GetValue<int>());
        Assert.Equal(statuses[^1], task["task_status_id"]!.GetValue<string>());
        Assert.Equal(comments[^1]!["created_at"]!.GetValue<string>(), task["last_comment_date"]!.GetValue<string>());
    }

    /// <summary>A project whose automation moves (or readies) something when Modeling reaches Done.</summary>
    private async Task<(string Project, string Animation)> AutomatedProjectAsync(string outField, bool importLastRevision)
    {
        var project = await world.Admin.ProjectAsync(world["manager"], world["artist"]);
        var types = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types?name=Animation"))!.AsArray();
        var animation = types.First(t => t!["for_entity"]!.GetValue<string>() == "Shot").Id();
        var automation = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/status-automations", new
        {
            entity_type = "asset", in_task_type_id = world["modeling"], in_task_status_id = world.Status("done"), out_field_type = outField,
            out_task_type_id = outField == "status" ? world["rigging"] : animation, out_task_status_id = world.Status("ready"), import_last_revision = importLastRevision,
        });
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{project}", new { status_automations = new[] { automation.Id() } });
        return (project, animation);
    }

    private async Task<string> AddPreviewAsync(string task, string comment) =>
        (await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{task}/comments/{comment}/add-preview", new { })).Id();

    private Captured Capture() => new(world.Factory.Services.GetRequiredService<EventPublisher>());

    /// <summary>The events published in-process from now on (the subscription lasts for the test).</summary>
    private sealed class Captured : IDisposable
    {
        private readonly ConcurrentQueue<ApiEvent> events = new();
        private readonly IDisposable subscription;

        public Captured(EventPublisher publisher) => subscription = publisher.Subscribe(events.Enqueue);

        public IReadOnlyList<ApiEvent> Events => [.. events];

        public void Dispose() => subscription.Dispose();
    }
}
