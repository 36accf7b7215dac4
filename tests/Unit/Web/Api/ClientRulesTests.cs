using System.Net;
using Studio.Tests.Unit.Infrastructure;
using Studio.Tests.Unit.Media;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Clients review work, they do not drive it: they move a task only into a client-allowed status (the seed allows
/// Retake, and Approved and Rejected on concepts) and never publish a preview, on every write path.
/// </summary>
public sealed class ClientRulesTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task SeededStatuses_AllowClientsOnlyRetakeApprovedAndRejected()
    {
        var statuses = (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status"))!.AsArray();

        var clientAllowed = statuses.Where(s => s!["is_client_allowed"]!.GetValue<bool>()).Select(s => s!["short_name"]!.GetValue<string>()).Order();

        Assert.Equal(["approved", "rejected", "retake"], clientAllowed);
        Assert.All(statuses, s => Assert.True(s!["is_artist_allowed"]!.GetValue<bool>() || s["short_name"]!.GetValue<string>() == "lead"));
    }

    [Fact]
    public async Task Comment_ClientSettingDoneOrWaitingForApproval_IsRefused_TaskUnchanged()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var done = await world.CommentAsync(world.Client, modeling, "done", "Looks final");
        var wfa = await world.CommentAsync(world.Client, modeling, "wfa");
        var task = await world.TaskAsync(modeling);
        var comments = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");

        Assert.Equal(HttpStatusCode.Forbidden, done.Status);
        Assert.True(done.Body!["error"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, wfa.Status);
        Assert.Equal(world.Status("todo"), task["task_status_id"]!.GetValue<string>());
        Assert.Empty(comments!.AsArray());
    }

    [Fact]
    public async Task Comment_ClientAskingForARetake_OrKeepingTheStatus_IsPosted()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Artist, modeling, "wfa", "Please review");

        var keeping = await world.CommentAsync(world.Client, modeling, "wfa", "A question before we decide");
        var retake = await world.CommentAsync(world.Client, modeling, "retake", "The ears are too big");

        Assert.Equal(HttpStatusCode.Created, keeping.Status);
        Assert.Equal(HttpStatusCode.Created, retake.Status);
        Assert.Equal(world.Status("retake"), (await world.TaskAsync(modeling))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CommentMany_ClientSettingDone_PostsNothing()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var (status, posted) = await world.Client.PostAsync($"/actions/projects/{world["project"]}/tasks/comment-many", new object[]
        {
            new { object_id = modeling, task_status_id = world.Status("done"), comment = "Approved by the client" },
        });

        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.Forbidden, $"{status}");
        Assert.True(status == HttpStatusCode.Forbidden || posted!.AsArray().Count == 0);
        Assert.Equal(world.Status("todo"), (await world.TaskAsync(modeling))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task BatchComment_ClientSettingDone_RefusesTheBatch()
    {
        var (_, modeling, _) = await world.NewAssetAsync();

        var (status, _) = await world.Client.PostAsync($"/actions/tasks/{modeling}/batch-comment", new
        {
            comments = new object[] { new { task_status_id = world.Status("retake"), text = "First" }, new { task_status_id = world.Status("done"), text = "Then done" } },
        });
        var comments = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Empty(comments!.AsArray());
        Assert.Equal(world.Status("todo"), (await world.TaskAsync(modeling))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditingItsComment_ClientMovingItToDone_IsRefused()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Client, modeling, "retake", "Changes please");

        var (status, _) = await world.Client.PutAsync($"/data/comments/{comment.Id()}", new { task_status_id = world.Status("done") });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(world.Status("retake"), (await world.TaskAsync(modeling))["task_status_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddPreview_ByAClient_IsRefused_OnItsOwnComment()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Client, modeling, "retake", "See the reference");

        var (status, body) = await world.Client.PostAsync($"/actions/tasks/{modeling}/comments/{comment.Id()}/add-preview", new { });
        var artist = await world.CommentAsync(world.Artist, modeling, "wfa", "v2");
        var allowed = await world.Artist.PostAsync($"/actions/tasks/{modeling}/comments/{artist.Body.Id()}/add-preview", new { });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.True(body!["error"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Created, allowed.Status);
        var previews = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files?task_id={modeling}");
        Assert.Single(previews!.AsArray());
    }

    [Fact]
    public async Task UploadPreview_ByAClient_IsRefused_NothingStored()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var preview = await MediaFiles.NewPreviewAsync(world, world.Artist, modeling);
        var path = Path.Combine(world.Factory.DataDirectory, "client-upload.png");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        using var response = await MediaFiles.UploadAsync(world.Client, preview, path);
        var row = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/preview-files/{preview}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("processing", row!["status"]!.GetValue<string>());
        Assert.True(row["original_name"] is null || row["original_name"]!.GetValue<string>() is "");
    }

    [Fact]
    public async Task Artist_KeepingAStatusItMayNotSet_StillComments()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        await world.CommentAsync(world.Manager, modeling, "approved-by-lead", "Lead approved");

        var keeping = await world.CommentAsync(world.Artist, modeling, "approved-by-lead", "Thanks!");
        var moving = await world.CommentAsync(world.Artist, modeling, "wip", "One more fix");
        var back = await world.CommentAsync(world.Artist, modeling, "approved-by-lead", "Done again");

        Assert.Equal(HttpStatusCode.Created, keeping.Status);
        Assert.Equal(HttpStatusCode.Created, moving.Status);
        Assert.Equal(HttpStatusCode.Forbidden, back.Status);
    }
}
