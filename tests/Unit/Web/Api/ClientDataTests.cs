using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>What a client lists for itself is stored as it sent it: a comment's checklist entries (Kitsu's carry a frame and a revision).</summary>
public sealed class ClientDataTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task Checklist_KeepsEveryKeyOfItsEntries_AsSent()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        const string entry = """{"index":0,"text":"ears","frame":12.0,"revision":2,"checked":false}""";

        var (status, posted) = await world.CommentAsync(world.Manager, modeling, "wip", "Notes", new { checklist = new[] { JsonNode.Parse(entry) } });
        var listed = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments/{posted.Id()}");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal($"[{entry}]", posted!["checklist"]!.ToJsonString());
        Assert.Equal($"[{entry}]", listed!["checklist"]!.ToJsonString());
    }
}
