using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The playlist reads Kitsu's player loads: a playlist with its entries' previews, a temporary playlist, an entity's previews by task type.</summary>
public sealed class PlaylistReadsTests(TaskWorld world) : IClassFixture<TaskWorld>
{
    private static readonly string[] PreviewKeys =
        ["preview_file_extension", "preview_file_revision", "preview_file_width", "preview_file_height", "preview_file_duration", "preview_file_status", "preview_file_task_id"];

    private static readonly string[] LightKeys = ["id", "revision", "extension", "width", "height", "duration", "status", "task_id", "created_at"];

    [Fact]
    public async Task Playlist_GivesEachStoredEntryItsPreview_AndTheOtherPreviewsOfItsRevision()
    {
        var (asset, modeling, _) = await world.NewAssetAsync();
        var (first, second) = await TwoPreviewsAsync(modeling);
        var playlist = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/playlists", new
        {
            name = "Dailies " + Guid.NewGuid().ToString("N")[..8],
            project_id = world["project"],
            shots = new object[] { new { entity_id = asset, preview_file_id = first, note = "keep" }, new { entity_id = asset, preview_file_id = Guid.NewGuid().ToString() } },
        })).Id();

        var read = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{world["project"]}/playlists/{playlist}"))!.AsObject();

        var keys = read.Select(p => p.Key).ToList();
        Assert.Equal(["name", "shots"], keys.Take(2));
        Assert.Equal(["type", "build_jobs"], keys.Skip(keys.IndexOf("type")));
        var shots = read["shots"]!.AsArray();
        // The stored entry's own keys come first (in the database's order: jsonb sorts them), then what the read adds, in Zou's order.
        var entryKeys = shots[0]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["entity_id", "note", "preview_file_id"], entryKeys.Take(3).Order(StringComparer.Ordinal));
        Assert.Equal([.. PreviewKeys, "preview_file_previews"], entryKeys.Skip(3));
        Assert.Equal("0.0", shots[0]!["preview_file_duration"]!.ToJsonString());
        Assert.Equal(modeling, shots[0]!["preview_file_task_id"]!.GetValue<string>());
        var other = Assert.Single(shots[0]!["preview_file_previews"]!.AsArray());
        Assert.Equal(second, other.Id());
        Assert.Equal(LightKeys, other!.AsObject().Select(p => p.Key));
        Assert.Equal(["entity_id", "preview_file_id"], shots[1]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TempPlaylist_IsTheLatestPreviewOfEachTask_NamedAfterItsEntity_AndByTaskType()
    {
        var (asset, modeling, rigging) = await world.NewAssetAsync();
        var (first, _) = await TwoPreviewsAsync(modeling);

        var temp = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/data/projects/{world["project"]}/playlists/temp?sort=true",
            new { task_ids = new[] { modeling, rigging } }))!.AsArray();
        var byType = (await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/playlists/entities/{asset}/preview-files"))!.AsObject();

        var entry = Assert.Single(temp)!.AsObject();
        Assert.Equal(["id", "entity_id", "name", "preview_file_id", .. PreviewKeys], entry.Select(p => p.Key));
        Assert.Equal((asset, first), (entry.Id(), entry["preview_file_id"]!.GetValue<string>()));
        var (type, previews) = Assert.Single(byType);
        Assert.Equal(world["modeling"], type);
        Assert.Equal(2, previews!.AsArray().Count);
        Assert.Equal(LightKeys, previews[0]!.AsObject().Select(p => p.Key));
    }

    /// <summary>Two previews of one revision on a new comment: positions 1 and 2.</summary>
    private async Task<(string First, string Second)> TwoPreviewsAsync(string task)
    {
        var (_, comment) = await world.CommentAsync(world.Manager, task, "wfa", "Two files");
        var path = $"/actions/tasks/{task}/comments/{comment.Id()}/add-preview";
        var first = (await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { })).Id();
        var second = (await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { })).Id();
        return (first, second);
    }
}
