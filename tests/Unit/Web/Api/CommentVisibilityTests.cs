using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Every route that reads one comment, or what a comment carries, shows the caller no more than the task's comment
/// list does: a client does not read the studio's internal comments, an artist not the clients' ones, a vendor
/// nothing on tasks it may not read.
/// </summary>
public sealed class CommentVisibilityTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    private const string Forbidden = "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";

    [Fact]
    public async Task CommentById_AClientReadsWhatItsListShowsWhole_NotTheStudiosInternalComments()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, internalComment) = await world.CommentAsync(world.Manager, modeling, "wfa", "Internal: the client will hate the ears");
        var (_, shared) = await world.CommentAsync(world.Manager, modeling, "wfa", "Shared with the client", new { for_client = true });
        var (_, own) = await world.CommentAsync(world.Client, modeling, "retake", "Client remark");
        var (_, withPreview) = await world.CommentAsync(world.Manager, modeling, "wfa", "Internal notes on the preview");
        await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{modeling}/comments/{withPreview.Id()}/add-preview", new { });

        var listed = (await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments"))!.AsArray();
        var refused = await world.Client.GetAsync($"/data/comments/{internalComment.Id()}");
        var blanked = await world.Client.GetAsync($"/data/comments/{withPreview.Id()}");

        Assert.DoesNotContain(listed, c => c.Id() == internalComment.Id());
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.True(refused.Body!["error"]!.GetValue<bool>());
        Assert.Equal(Forbidden, refused.Body["message"]!.GetValue<string>());
        // The list shows that one only blanked: read whole, it would give its text away.
        Assert.Equal(HttpStatusCode.Forbidden, blanked.Status);
        Assert.Equal("Shared with the client", (await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/comments/{shared.Id()}"))!["text"]!.GetValue<string>());
        Assert.Equal("Client remark", (await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/comments/{own.Id()}"))!["text"]!.GetValue<string>());
        await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/comments/{internalComment.Id()}");
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/comments/{internalComment.Id()}");
    }

    [Fact]
    public async Task CommentById_OtherClientsComments_FollowTheProductionsIsolation()
    {
        var (otherClient, otherClientId) = await world.Factory.PersonAsync("client");
        var isolated = await world.Admin.ProjectAsync(world["manager"], world["client"], otherClientId);
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{isolated}", new { is_clients_isolated = true });
        await world.Admin.TeamAddAsync(world["project"], otherClientId);
        var (_, open, _) = await world.NewAssetAsync();
        var (_, closedOff, _) = await world.NewAssetAsync(isolated);
        var (_, inOpen) = await world.CommentAsync(world.Client, open, "retake", "Client remark");
        var (_, inIsolated) = await world.CommentAsync(world.Client, closedOff, "retake", "Client remark, isolated");

        Assert.Equal(HttpStatusCode.OK, (await otherClient.GetAsync($"/data/comments/{inOpen.Id()}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherClient.GetAsync($"/data/comments/{inIsolated.Id()}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await world.Client.GetAsync($"/data/comments/{inIsolated.Id()}")).Status);
    }

    [Fact]
    public async Task CommentById_AnArtistDoesNotReadClientsComments_ASupervisorDoes_AVendorOnlyOnTasksItMayRead()
    {
        var (_, modeling, rigging) = await world.NewAssetAsync();
        var (_, fromClient) = await world.CommentAsync(world.Client, modeling, "retake", "Client remark");
        var (_, studio) = await world.CommentAsync(world.Manager, modeling, "wip", "Studio note");

        var artist = await world.Artist.GetAsync($"/data/comments/{fromClient.Id()}");
        var supervisor = await world.Supervisor.GetAsync($"/data/comments/{fromClient.Id()}");
        var supervisorList = await world.Supervisor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments");
        var vendorBefore = await world.Vendor.GetAsync($"/data/comments/{studio.Id()}");
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{rigging}", new { assignees = new[] { world["vendor"] } });
        var vendorOnSibling = await world.Vendor.GetAsync($"/data/comments/{studio.Id()}");
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{modeling}", new { assignees = new[] { world["artist"], world["vendor"] } });
        var vendorAfter = await world.Vendor.GetAsync($"/data/comments/{studio.Id()}");

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(HttpStatusCode.OK, supervisor.Status);
        Assert.Contains(supervisorList!.AsArray(), c => c.Id() == fromClient.Id());
        Assert.Equal(HttpStatusCode.Forbidden, vendorBefore.Status);
        Assert.Equal(HttpStatusCode.Forbidden, vendorOnSibling.Status);
        Assert.Equal(HttpStatusCode.OK, vendorAfter.Status);
    }

    [Fact]
    public async Task Attachments_OfAnInternalComment_AreNotServedToAClient_NorItsRowOrThumbnail()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var internalFile = await CommentWithFileAsync(modeling, forClient: false);
        var sharedFile = await CommentWithFileAsync(modeling, forClient: true);

        var download = await world.Client.Http.GetAsync($"/api/data/attachment-files/{internalFile}/file/ref.txt");
        var row = await world.Client.GetAsync($"/data/attachment-files/{internalFile}");
        var thumbnail = await world.Client.Http.GetAsync($"/api/pictures/thumbnails/attachment-files/{internalFile}.png");
        var vendor = await world.Vendor.GetAsync($"/data/attachment-files/{internalFile}");
        var shared = await world.Client.Http.GetAsync($"/api/data/attachment-files/{sharedFile}/file/ref.txt");

        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, row.Status);
        Assert.Equal(HttpStatusCode.Forbidden, thumbnail.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, vendor.Status);
        Assert.Equal("hello reference", await shared.Content.ReadAsStringAsync());
        await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/attachment-files/{sharedFile}");
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/attachment-files/{internalFile}");
    }

    [Fact]
    public async Task Discussion_AClientMayNotAcknowledgeReplyToOrEditAnInternalComment_AndSeesSharedOnesAsInItsList()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, internalComment) = await world.CommentAsync(world.Manager, modeling, "wfa", "Internal", new { checklist = new[] { new { text = "ears", @checked = false } } });
        var (_, shared) = await world.CommentAsync(world.Manager, modeling, "wfa", "Shared with the client", new { for_client = true });

        var ack = await world.Client.PostAsync($"/data/tasks/{modeling}/comments/{internalComment.Id()}/ack", new { });
        var reply = await world.Client.PostAsync($"/data/tasks/{modeling}/comments/{internalComment.Id()}/reply", new { text = "What is this?" });
        var edit = await world.Client.PutAsync($"/data/comments/{internalComment.Id()}", new { checklist = new[] { new { text = "ears", @checked = true } } });
        var sharedAck = await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/tasks/{modeling}/comments/{shared.Id()}/ack", new { });
        await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/tasks/{modeling}/comments/{shared.Id()}/reply", new { text = "Thanks" });

        Assert.Equal(HttpStatusCode.Forbidden, ack.Status);
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal(HttpStatusCode.Forbidden, edit.Status);
        Assert.Equal("Shared with the client", sharedAck!["text"]!.GetValue<string>());
        Assert.Null(sharedAck["person"]);
        Assert.Contains(world["client"], sharedAck["acknowledgements"]!.AsArray().Select(a => a!.GetValue<string>()));
        var stored = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/comments/{internalComment.Id()}"))!;
        Assert.Empty(stored["acknowledgements"]!.AsArray());
        Assert.Empty(stored["replies"]!.AsArray());
        Assert.False(stored["checklist"]![0]!["checked"]!.GetValue<bool>());
    }

    /// <summary>A manager's comment with a text attachment; returns the attachment's id.</summary>
    private async Task<string> CommentWithFileAsync(string task, bool forClient)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(world.Status("wfa")), "task_status_id" },
            { new StringContent("With a reference"), "comment" },
            { new StringContent(forClient ? "true" : "false"), "for_client" },
            { new ByteArrayContent("hello reference"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "file", "ref.txt" },
        };
        var response = await world.Manager.Http.PostAsync($"/api/actions/tasks/{task}/comment", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var comment = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(forClient, comment["for_client"]!.GetValue<bool>());
        return Assert.Single(comment["attachment_files"]!.AsArray()).Id();
    }
}
