using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The feeds that point at comments (a production's news, a person's notifications) show a caller only the
/// comments its tasks' comment lists show it, in the list as one by one; a vendor's notifications follow the tasks it
/// may still read.
/// </summary>
public sealed class FeedVisibilityTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    private const string Forbidden = "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";

    [Fact]
    public async Task News_AClientGetsTheNewsOfTheCommentsItsListShows_NotOfInternalOnes()
    {
        var project = world["project"];
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, internalComment) = await world.CommentAsync(world.Manager, modeling, "wip", "Internal: the client will hate the ears");
        var (_, shared) = await world.CommentAsync(world.Manager, modeling, "wfa", "Shared with the client", new { for_client = true });
        var all = await NewsOfAsync(world.Manager, project, modeling);
        var internalNews = all.Single(n => n!["comment_id"]!.GetValue<string>() == internalComment.Id()).Id();
        var sharedNews = all.Single(n => n!["comment_id"]!.GetValue<string>() == shared.Id()).Id();

        var listed = await NewsOfAsync(world.Client, project, modeling);
        var refused = await world.Client.GetAsync($"/data/projects/{project}/news/{internalNews}");
        var one = await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/news/{sharedNews}");

        Assert.Equal(sharedNews, Assert.Single(listed).Id());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(Forbidden, refused.Body!["message"]!.GetValue<string>());
        // The client's comment list does not name the studio's author: neither does the news.
        Assert.Null(one!["person"]);
        Assert.Null(listed[0]!["person"]);
        var manager = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/news/{internalNews}");
        Assert.NotNull(manager!["person"]);
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/news/{internalNews}");
    }

    [Fact]
    public async Task News_AVendorGetsTheNewsOfItsTasks_NotOfTheClientsComments()
    {
        var project = world["project"];
        var (_, _, rigging) = await world.NewAssetAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = new[] { world["vendor"] } });
        var (_, studio) = await world.CommentAsync(world.Manager, rigging, "wip", "Studio note");
        var (_, fromClient) = await world.CommentAsync(world.Client, rigging, "retake", "Client remark");

        var listed = await NewsOfAsync(world.Vendor, project, rigging);

        Assert.Contains(listed, n => n!["comment_id"]!.GetValue<string>() == studio.Id());
        Assert.DoesNotContain(listed, n => n!["comment_id"]!.GetValue<string>() == fromClient.Id());
    }

    [Fact]
    public async Task Notifications_AClientSubscribedToATask_IsNotToldItsInternalComments()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.Client.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/user/tasks/{modeling}/subscribe", new { });
        var (_, internalComment) = await world.CommentAsync(world.Manager, modeling, "wip", "Internal: the client will hate the ears");
        var (_, shared) = await world.CommentAsync(world.Manager, modeling, "wfa", "Shared with the client", new { for_client = true });
        var stored = await world.NotificationsAsync($"person_id={world["client"]}&task_id={modeling}");
        var internalNotification = stored.Single(n => n!["comment_id"]!.GetValue<string>() == internalComment.Id()).Id();

        var listed = await NotificationsOfAsync(world.Client, modeling);
        var refused = await world.Client.GetAsync($"/data/user/notifications/{internalNotification}");
        var marked = await world.Client.PutAsync($"/data/user/notifications/{internalNotification}", new { read = true });

        var one = Assert.Single(listed);
        Assert.Equal(shared.Id(), one!["comment_id"]!.GetValue<string>());
        Assert.Equal("Shared with the client", one["comment_text"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(Forbidden, refused.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, marked.Status);
        var shown = await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/notifications/{one.Id()}");
        Assert.Equal("Shared with the client", shown!["comment_text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Notifications_AVendorNoLongerAssigned_NoLongerSeesThoseOfTheTask()
    {
        var (_, _, rigging) = await world.NewAssetAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = new[] { world["vendor"] } });
        await world.CommentAsync(world.Manager, rigging, "wip", "Rig the tail too");
        var before = await NotificationsOfAsync(world.Vendor, rigging);
        var notification = before.Single(n => n!["notification_type"]!.GetValue<string>() == "comment").Id();
        await world.Vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/user/notifications/{notification}");

        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = Array.Empty<string>() });
        var after = await NotificationsOfAsync(world.Vendor, rigging);
        var refused = await world.Vendor.GetAsync($"/data/user/notifications/{notification}");

        Assert.Empty(after);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task NotificationById_SomeoneElsesIsNotFound_AMalformedIdIsRefused()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Manager, modeling, "wip", "For the artist");
        var mine = (await NotificationsOfAsync(world.Artist, modeling)).First()!.Id();

        var others = await world.Artist2.GetAsync($"/data/user/notifications/{mine}");
        var malformed = await world.Artist.GetAsync("/data/user/notifications/not-an-id");
        var anonymous = await world.Factory.Anonymous().GetAsync($"/data/user/notifications/{mine}");

        Assert.Equal(HttpStatusCode.NotFound, others.Status);
        Assert.True(others.Body!["error"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
    }

    private static async Task<List<JsonNode?>> NewsOfAsync(ApiClient caller, string project, string task)
    {
        var feed = await caller.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{project}/news?limit=500");
        return [.. feed!["data"]!.AsArray().Where(n => n!["task_id"]!.GetValue<string>() == task)];
    }

    private static async Task<List<JsonNode?>> NotificationsOfAsync(ApiClient caller, string task)
    {
        var list = await caller.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/notifications");
        return [.. list!.AsArray().Where(n => n!["task_id"]?.GetValue<string>() == task)];
    }
}
