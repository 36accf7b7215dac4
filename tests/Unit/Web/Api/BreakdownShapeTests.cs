using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The breakdown lists' shapes, key by key and in Zou's order.</summary>
public sealed class BreakdownShapeTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    private static readonly string[] TemporalKeys =
        ["id", "name", "status", "episode_id", "description", "frame_in", "frame_out", "fps", "preview_file_id", "canceled", "data", "tasks"];

    [Fact]
    public async Task SequencesWithTasks_HaveGetEntitiesAndTasksShape_EpisodeIdIsTheParent()
    {
        var taskType = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-types",
            new { name = "Storyboard " + Guid.NewGuid().ToString("N")[..6], for_entity = "Sequence" })).Id();
        var task = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = world["sequence"], task_type_id = taskType, assignees = new[] { world["artist"] } })).Id();

        var rows = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/sequences/with-tasks?project_id={project}"));

        var sequence = Assert.Single(rows!.AsArray())!;
        Assert.Equal(TemporalKeys, sequence.AsObject().Select(p => p.Key));
        Assert.Equal(world["episode"], sequence["episode_id"]!.GetValue<string>());
        Assert.Equal("running", sequence["status"]!.GetValue<string>());
        Assert.Equal("", sequence["preview_file_id"]!.GetValue<string>());
        Assert.Equal("{}", sequence["data"]!.ToJsonString());
        var row = Assert.Single(sequence["tasks"]!.AsArray())!;
        Assert.Equal(
            ["id", "estimation", "entity_id", "end_date", "due_date", "duration", "is_subscribed", "last_comment_date", "priority", "real_start_date",
                "retake_count", "start_date", "task_status_id", "task_type_id", "assignees"],
            row.AsObject().Select(p => p.Key));
        Assert.Equal(task, row.Id());
        Assert.Equal(world["artist"], Assert.Single(row["assignees"]!.AsArray())!.GetValue<string>());
        Assert.Equal("0.0", row["duration"]!.ToJsonString());
    }

    [Fact]
    public async Task EpisodesAndScenesWithTasks_HaveTheSameShape_WithZousStrOfTheParent()
    {
        var episodes = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/episodes/with-tasks?project_id={project}"));
        var scenes = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/scenes/with-tasks?project_id={project}"));

        var episode = Assert.Single(episodes!.AsArray())!;
        var scene = Assert.Single(scenes!.AsArray())!;
        Assert.Equal(TemporalKeys, episode.AsObject().Select(p => p.Key));
        Assert.Equal(TemporalKeys, scene.AsObject().Select(p => p.Key));
        Assert.Equal("None", episode["episode_id"]!.GetValue<string>());
        Assert.Equal(world["sequence"], scene["episode_id"]!.GetValue<string>());
        Assert.Empty(episode["tasks"]!.AsArray());
    }

    [Fact]
    public async Task ConceptsAndEditsWithTasks_HaveTheirKindsShape()
    {
        var concepts = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/concepts/with-tasks?project_id={project}"));
        var edits = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/edits/with-tasks?project_id={project}"));

        var concept = concepts!.AsArray().Single(c => c.Id() == world["concept"])!;
        var edit = Assert.Single(edits!.AsArray())!;
        Assert.Equal(
            ["canceled", "data", "description", "entity_type_id", "fps", "frame_in", "frame_out", "id", "name", "nb_frames", "parent_id", "preview_file_id",
                "project_id", "project_name", "source_id", "nb_entities_out", "is_casting_standby", "tasks", "entity_concept_links", "type", "updated_at", "created_at", "created_by"],
            concept.AsObject().Select(p => p.Key));
        Assert.Equal("Concept", concept["type"]!.GetValue<string>());
        Assert.Equal(
            ["canceled", "data", "description", "entity_type_id", "episode_id", "episode_name", "id", "name", "parent_id", "preview_file_id", "project_id",
                "project_name", "source_id", "nb_entities_out", "tasks", "type"],
            edit.AsObject().Select(p => p.Key));
        Assert.Equal(world["episode"], edit["episode_id"]!.GetValue<string>());
        Assert.Equal("E01", edit["episode_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task CastingMaps_ItemsHaveZousKeys_NameIsTheAssetsName()
    {
        var sequence = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/sequences/{sequence}/casting"));
        var episodes = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/episodes/casting"));
        var one = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/entities/{shot}/casting"));

        var shotItems = sequence![world["shot"]]!.AsArray();
        Assert.Equal(["asset_id", "name", "asset_name", "asset_type_name", "sequence_name", "preview_file_id", "nb_occurences", "label"], shotItems[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["Hero", "Sword"], shotItems.Select(i => i!["name"]!.GetValue<string>()));
        Assert.Equal("main", shotItems[0]!["label"]!.GetValue<string>());
        var episodeItems = episodes![world["episode"]]!.AsArray();
        Assert.Equal(["asset_id", "name", "asset_name", "asset_type_name", "preview_file_id", "nb_occurences", "label"], episodeItems[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(1, episodeItems[0]!["nb_occurences"]!.GetValue<int>());
        Assert.Equal(
            ["asset_id", "asset_name", "asset_type_name", "ready_for", "episode_id", "preview_file_id", "nb_occurences", "label", "is_shared", "project_id"],
            one!.AsArray()[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(2, one[0]!["nb_occurences"]!.GetValue<int>());
    }

    [Fact]
    public async Task CastIn_ListsTheShotsThenTheAssets_WithZousKeys()
    {
        var (asset, set) = await AssetCastInASetAsync();

        var castIn = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/assets/{asset}/cast-in");
        var hero = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets/{hero}/cast-in"));

        var rows = castIn!.AsArray();
        Assert.Equal(["shot_id", "shot_name", "sequence_name", "episode_id", "episode_name", "preview_file_id", "nb_occurences"], rows[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(world["shot2"], rows[0]!["shot_id"]!.GetValue<string>());
        Assert.Equal("SQ01", rows[0]!["sequence_name"]!.GetValue<string>());
        Assert.Equal(world["episode"], rows[0]!["episode_id"]!.GetValue<string>());
        Assert.Equal("E01", rows[0]!["episode_name"]!.GetValue<string>());
        Assert.Equal(3, rows[0]!["nb_occurences"]!.GetValue<int>());
        Assert.Equal(["asset_id", "asset_name", "asset_type_name", "preview_file_id", "nb_occurences"], rows[1]!.AsObject().Select(p => p.Key));
        Assert.Equal(set, rows[1]!["asset_id"]!.GetValue<string>());
        Assert.Equal(world["shot"], Assert.Single(hero!.AsArray())!["shot_id"]!.GetValue<string>());
    }

    /// <summary>A new asset cast three times in the second shot and once in a new set asset.</summary>
    private async Task<(string Asset, string Set)> AssetCastInASetAsync()
    {
        var assets = world.Path("/data/projects/{project}/asset-types/{prop}/assets/new");
        var asset = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, assets, new { name = "Lamp " + Guid.NewGuid().ToString("N")[..6] })).Id();
        var set = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, assets, new { name = "Room " + Guid.NewGuid().ToString("N")[..6] })).Id();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path("/data/projects/{project}/entities/{shot2}/casting"), new object[] { new { asset_id = asset, nb_occurences = 3 } });
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/assets/{set}/casting", new object[] { new { asset_id = asset, nb_occurences = 1 } });
        return (asset, set);
    }
}
