using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// What a client draws or lists for itself is stored as it sent it: a comment's checklist entries (Kitsu's carry a frame
/// and a revision) and the objects drawn on a preview; the body of an annotation edit is read as Zou reads it.
/// </summary>
public sealed class ClientDataTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    [Fact]
    public async Task Checklist_KeepsEveryKeyOfItsEntries_AsSent()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        const string entry = """{"index":0,"text":"ears","frame":12.0,"revision":2,"checked":false}""";

        var (status, posted) = await world.CommentAsync(world.Manager, modeling, "wip", "Notes", new { checklist = new[] { JsonNode.Parse(entry) } });
        var listed = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{modeling}/comments/{posted.Id()}");

        // PostgreSQL's jsonb, like Zou's, gives an object's keys back in its own order: the keys and values are what is kept.
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($"[{entry}]"), posted!["checklist"]), posted["checklist"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($"[{entry}]"), listed!["checklist"]), listed["checklist"]!.ToJsonString());
        Assert.Contains("\"frame\":12.0", listed["checklist"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAnnotations_ReplacesById_NamesNewObjects_PassesOverWhatIsNotOfItsShape()
    {
        var preview = await PreviewAsync();
        var path = $"/actions/preview-files/{preview}/update-annotations";

        var drawn = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, path, """
            {"additions": [{"time": 1.5, "drawing": {"objects": [{"id": "a", "type": "path", "path": [["M", 1, 2.5]], "r": 1e-7}, {"type": "rect"}]}},
                           3, {"time": 0.5, "drawing": []}, {"time": 0.25, "drawing": {"objects": [{"id": "b", "type": "text", "text": "日本"}]}}]}
            """);
        var updated = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, path, """
            {"updates": [{"time": 1.5, "drawing": {"objects": [{"id": "a", "type": "circle"}, {"id": "c", "type": "line"}]}}],
             "deletions": [{"time": 0.25, "objects": [{"id": "b"}]}, "x"]}
            """);

        var frames = drawn!["annotations"]!.AsArray();
        Assert.Equal([0.25, 1.5], frames.Select(f => f!["time"]!.GetValue<double>()));
        var objects = frames[1]!["drawing"]!["objects"]!.AsArray();
        Assert.Equal("""{"id":"a","type":"path","path":[["M",1,2.5]],"r":1e-7}""", objects[0]!.ToJsonString());
        Assert.True(Guid.TryParse(objects[1]!["id"]!.GetValue<string>(), out _));
        Assert.Equal("日本", frames[0]!["drawing"]!["objects"]![0]!["text"]!.GetValue<string>());
        var after = Assert.Single(updated!["annotations"]!.AsArray());
        Assert.Equal(["circle", "rect", "line"], after!["drawing"]!["objects"]!.AsArray().Select(o => o!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UpdateAnnotations_WithoutABody_IsZousEmptyBodyMessage()
    {
        var preview = await PreviewAsync();

        var (status, body) = await world.Manager.SendAsync(HttpMethod.Put, $"/actions/preview-files/{preview}/update-annotations", "[]");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Data are empty.", body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>A preview row on a new comment (no file: annotations need none).</summary>
    private async Task<string> PreviewAsync()
    {
        var (_, modeling, _) = await world.NewAssetAsync();
        var (_, comment) = await world.CommentAsync(world.Manager, modeling, "wfa", "With a preview");
        return (await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{modeling}/comments/{comment.Id()}/add-preview", new { })).Id();
    }
}
