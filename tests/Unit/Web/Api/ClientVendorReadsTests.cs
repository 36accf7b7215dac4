using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Routes that return one object show a client or a vendor no more than the list of the same objects does:
/// playlists shared with clients.
/// </summary>
public sealed class ClientVendorReadsTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task PlaylistById_AClientReadsOnlyThoseSharedWithClients_AsItsList()
    {
        var project = world["project"];
        var internalPlaylist = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists",
            new { name = "Internal " + Guid.NewGuid().ToString("N")[..8], project_id = project, for_client = false })).Id();
        var shared = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists",
            new { name = "Client review " + Guid.NewGuid().ToString("N")[..8], project_id = project, for_client = true })).Id();

        var listed = (await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/playlists"))!.AsArray();
        var refused = await world.Client.GetAsync($"/data/playlists/{internalPlaylist}");
        var projectRoute = await world.Client.GetAsync($"/data/projects/{project}/playlists/{internalPlaylist}");

        Assert.DoesNotContain(listed, p => p.Id() == internalPlaylist);
        Assert.Contains(listed, p => p.Id() == shared);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.True(refused.Body!["error"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, projectRoute.Status);
        await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/{shared}");
        await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/{internalPlaylist}");
    }
}
