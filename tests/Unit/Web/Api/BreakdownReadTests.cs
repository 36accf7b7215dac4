using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>Every read route of the breakdown: who may call it, its shape, and unknown or malformed ids.</summary>
public sealed class BreakdownReadTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    /// <summary>Routes about one production or one of its entities: team members read, outsiders are refused.</summary>
    public static TheoryData<string> ProductionRoutes =>
    [
        "/data/assets/{hero}", "/data/shots/{shot}", "/data/sequences/{sequence}", "/data/episodes/{episode}", "/data/scenes/{scene}",
        "/data/edits/{edit}", "/data/concepts/{concept}", "/data/assets/{hero}/assets", "/data/shots/{shot}/assets", "/data/shots/{shot}/asset-types",
        "/data/sequences/{sequence}/shots", "/data/sequences/{sequence}/scenes", "/data/episodes/{episode}/shots", "/data/episodes/{episode}/sequences",
        "/data/episodes/{episode}/edits", "/data/episodes/{episode}/asset-tasks", "/data/episodes/{episode}/edit-tasks",
        "/data/projects/{project}/assets", "/data/projects/{project}/asset-types", "/data/projects/{project}/asset-types/{character}/assets",
        "/data/projects/{project}/shots", "/data/projects/{project}/sequences", "/data/projects/{project}/episodes", "/data/projects/{project}/scenes",
        "/data/projects/{project}/edits", "/data/projects/{project}/concepts", "/data/projects/{project}/assets/shared-used",
        "/data/projects/{project}/episodes/{episode}/assets/shared-used", "/data/projects/{project}/entities/{shot}/casting",
        "/data/projects/{project}/asset-types/{character}/casting", "/data/projects/{project}/episodes/casting", "/data/projects/{project}/sequences/{sequence}/casting",
        "/data/projects/{project}/sequences/all/casting", "/data/projects/{project}/episodes/{episode}/sequences/all/casting",
        "/data/projects/{project}/entity-links", "/data/projects/{project}/metadata-descriptors", "/data/shots/{shot}/asset-instances",
        "/data/scenes/{scene}/asset-instances", "/data/assets/{hero}/asset-asset-instances", "/data/assets/{hero}/scene-asset-instances",
        "/data/assets/{hero}/shot-asset-instances", "/data/assets/with-tasks?project_id={project}", "/data/shots/with-tasks?project_id={project}",
        "/data/shots?project_id={project}", "/data/edits/with-tasks?project_id={project}", "/data/shots/{shot}/versions",
        "/data/projects/{project}/settings/preview-background-files", "/data/concepts/with-tasks?project_id={project}",
        "/data/assets/{hero}/cast-in", "/data/assets/{hero}/casting", "/data/edits/{edit}/versions", "/data/scenes/{scene}/shots",
        "/data/scenes/{scene}/camera-instances", "/data/sequences/with-tasks?project_id={project}", "/data/episodes/with-tasks?project_id={project}",
        "/data/scenes/with-tasks?project_id={project}",
    ];

    /// <summary>Lists across productions: anyone may call them; each caller sees only their open productions.</summary>
    public static TheoryData<string> CriterionLists =>
    [
        "/data/assets", "/data/assets/all", "/data/assets/with-tasks", "/data/shots", "/data/shots/all", "/data/shots/with-tasks",
        "/data/scenes", "/data/scenes/all", "/data/scenes/with-tasks", "/data/sequences", "/data/sequences/with-tasks", "/data/episodes",
        "/data/episodes/with-tasks", "/data/edits", "/data/edits/all", "/data/edits/with-tasks", "/data/concepts", "/data/concepts/with-tasks",
    ];

    [Theory]
    [MemberData(nameof(ProductionRoutes))]
    public async Task ProductionRoute_TeamReads_OutsiderIsRefused(string template)
    {
        var path = world.Path(template);

        var admin = await world.Admin.GetAsync(path);
        var manager = await world.Manager.GetAsync(path);
        var outsider = await world.Outsider.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, admin.Status);
        Assert.True(admin.Body is JsonArray || admin.Body is JsonObject, admin.Body?.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, manager.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
    }

    [Theory]
    [MemberData(nameof(ProductionRoutes))]
    public async Task ProductionRoute_UnknownIds_AreNotFound_MalformedIdsAreBadRequests(string template)
    {
        var first = template.IndexOf('{', StringComparison.Ordinal);
        var key = template[(first + 1)..template.IndexOf('}', first)];
        var unknown = world.Path(template.Replace("{" + key + "}", Guid.NewGuid().ToString(), StringComparison.Ordinal));
        var malformed = world.Path(template.Replace("{" + key + "}", "not-an-id", StringComparison.Ordinal));

        var (unknownStatus, _) = await world.Admin.GetAsync(unknown);
        var (malformedStatus, body) = await world.Admin.GetAsync(malformed);

        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Equal(HttpStatusCode.BadRequest, malformedStatus);
        Assert.True(body!["error"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(CriterionLists))]
    public async Task CriterionList_ShowsTheTeamItsProductions_AndTheOutsiderNothing(string path)
    {
        var admin = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        var manager = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        var outsider = await world.Outsider.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);

        Assert.NotEmpty(admin!.AsArray());
        Assert.NotEmpty(manager!.AsArray());
        Assert.Empty(outsider!.AsArray());
    }

    [Fact]
    public async Task AssetTypes_AreReadable_ATemporalTypeIsNot()
    {
        var all = await world.Outsider.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/asset-types");
        var one = await world.Outsider.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/asset-types/{character}"));
        var shotType = await world.Admin.IdOfAsync("entity-types", "Shot");

        Assert.Contains(all!.AsArray(), t => t!["name"]!.GetValue<string>() == "Character");
        Assert.DoesNotContain(all.AsArray(), t => t!["name"]!.GetValue<string>() == "Shot");
        Assert.Equal(["name", "short_name", "description", "task_types", "archived", "id", "created_at", "updated_at", "type"], one!.AsObject().Select(p => p.Key));
        Assert.Equal("AssetType", one["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/asset-types/{shotType}")).Status);
    }

    [Fact]
    public async Task ShotsWithTasks_HasZousShape_WithParentsFramesTasksAndAssignees()
    {
        var rows = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/shots/with-tasks?project_id={project}"));
        var shot = rows!.AsArray().Single(s => s!["id"]!.GetValue<string>() == world["shot"])!;
        var task = Assert.Single(shot["tasks"]!.AsArray())!;

        Assert.Equal(
            ["canceled", "data", "description", "entity_type_id", "episode_id", "episode_name", "fps", "frame_in", "frame_out", "id", "name", "nb_frames",
                "parent_id", "preview_file_id", "project_id", "project_name", "sequence_id", "sequence_name", "source_id", "nb_entities_out", "is_casting_standby", "tasks", "type"],
            shot.AsObject().Select(p => p.Key));
        Assert.Equal("SQ01", shot["sequence_name"]!.GetValue<string>());
        Assert.Equal(world["episode"], shot["episode_id"]!.GetValue<string>());
        Assert.Equal("E01", shot["episode_name"]!.GetValue<string>());
        Assert.Equal(1001, shot["frame_in"]!.GetValue<int>());
        Assert.Equal("24", shot["fps"]!.GetValue<string>());
        Assert.Equal(2, shot["nb_entities_out"]!.GetValue<int>());
        Assert.Equal(world["artist"], Assert.Single(task["assignees"]!.AsArray())!.GetValue<string>());
        Assert.Equal(world["shot_task_type"], task["task_type_id"]!.GetValue<string>());
        Assert.Equal("0.0", task["duration"]!.ToJsonString());
        Assert.False(task["is_subscribed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ShotsWithTasks_ListsATaskOnce_WithAllItsAssignees_AndTheCallersOwnSubscription()
    {
        var project = await world.Admin.ProjectAsync(world["manager"], world["artist"]);
        var sequence = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/sequences", new { name = "SQ90" })).Id();
        var shot = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/shots", new { name = "SH900", sequence_id = sequence })).Id();
        var task = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = shot, task_type_id = world["shot_task_type"], assignees = new[] { world["artist"], world["manager"] } })).Id();
        await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/user/tasks/{task}/subscribe", new { });

        async Task<JsonNode> TaskAsSeenBy(ApiClient caller)
        {
            var rows = await caller.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/shots/with-tasks?project_id={project}");
            return Assert.Single(Assert.Single(rows!.AsArray())!["tasks"]!.AsArray())!;
        }

        var managers = await TaskAsSeenBy(world.Manager);
        var artists = await TaskAsSeenBy(world.Artist);
        Assert.Equal(new[] { world["artist"], world["manager"] }.Order(), managers["assignees"]!.AsArray().Select(a => a!.GetValue<string>()).Order());
        Assert.True(managers["is_subscribed"]!.GetValue<bool>());
        Assert.False(artists["is_subscribed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ShotsWithTasks_FiltersByEpisode()
    {
        var inEpisode = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/shots/with-tasks?project_id={project}&episode_id={episode}"));
        var other = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path($"/data/shots/with-tasks?project_id={{project}}&episode_id={Guid.NewGuid()}"));
        var bad = await world.Admin.GetAsync(world.Path("/data/shots/with-tasks?episode_id=nope"));

        Assert.Equal(2, inEpisode!.AsArray().Count);
        Assert.Empty(other!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
    }

    [Fact]
    public async Task AssetsWithTasks_MatchesSample17_AndListsCastingEpisodes()
    {
        var rows = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets/with-tasks?project_id={project}"));
        var hero = rows!.AsArray().Single(a => a!["id"]!.GetValue<string>() == world["hero"])!;

        Assert.Equal(
            ["id", "name", "preview_file_id", "description", "asset_type_name", "asset_type_id", "canceled", "ready_for", "episode_id", "casting_episode_ids",
                "is_casting_standby", "is_shared", "data", "tasks"],
            hero.AsObject().Select(p => p.Key));
        Assert.Equal("", hero["preview_file_id"]!.GetValue<string>());
        Assert.Equal("None", hero["ready_for"]!.GetValue<string>());
        Assert.Equal(world["episode"], Assert.Single(hero["casting_episode_ids"]!.AsArray())!.GetValue<string>());
        Assert.Equal("Character", hero["asset_type_name"]!.GetValue<string>());
        Assert.Equal(world["vendor"], Assert.Single(Assert.Single(hero["tasks"]!.AsArray())!["assignees"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task AssetGet_MatchesSample15()
    {
        var hero = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets/{hero}"));

        Assert.Equal(
            ["id", "name", "code", "description", "shotgun_id", "canceled", "nb_entities_out", "is_casting_standby", "is_shared", "status", "project_id",
                "entity_type_id", "parent_id", "preview_file_id", "data", "ready_for", "created_by", "entities_out", "entity_concept_links", "instance_casting",
                "created_at", "updated_at", "entities_in", "type", "project_name", "asset_type_id", "asset_type_name", "episode_id", "casting_episode_ids", "tasks"],
            hero!.AsObject().Select(p => p.Key));
        Assert.Equal("Asset", hero["type"]!.GetValue<string>());
        Assert.Contains(hero["entities_in"]!.AsArray(), id => id!.GetValue<string>() == world["shot"]);
    }

    [Fact]
    public async Task ProjectAssets_MatchSample16_IdFirstAndKindAsType()
    {
        var rows = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/assets"));
        var first = rows!.AsArray()[0]!.AsObject();

        Assert.Equal(
            ["id", "name", "code", "description", "shotgun_id", "canceled", "nb_frames", "nb_entities_out", "is_casting_standby", "is_shared", "status",
                "project_id", "entity_type_id", "parent_id", "source_id", "preview_file_id", "data", "ready_for", "created_by", "created_at", "updated_at", "type"],
            first.Select(p => p.Key));
        Assert.Equal(["Hero", "Sword"], rows.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        Assert.All(rows.AsArray(), a => Assert.Equal("Asset", a!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ShotGet_IsTheWithTasksRowUpdatedWithTheSerializedShot()
    {
        var shot = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/shots/{shot}"));

        Assert.Equal("SQ01", shot!["sequence_name"]!.GetValue<string>());
        Assert.Equal("Shot", shot["type"]!.GetValue<string>());
        Assert.Single(shot["tasks"]!.AsArray());
        Assert.Equal(2, shot["entities_out"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync(world.Path("/data/shots/{hero}"))).Status);
    }

    [Fact]
    public async Task SequenceShots_CarryProjectAndSequenceNames()
    {
        var shots = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/sequences/{sequence}/shots"));

        Assert.Equal(["SH010", "SH020"], shots!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.All(shots.AsArray(), s => Assert.Equal("SQ01", s!["sequence_name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Vendor_SeesOnlyTheEntitiesOfTheirTasks_AndNoCasting()
    {
        var assets = await world.Vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets/with-tasks?project_id={project}"));
        var shots = await world.Vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/shots/with-tasks?project_id={project}"));
        var sword = await world.Vendor.GetAsync(world.Path("/data/assets/{sword}"));
        var casting = await world.Vendor.GetAsync(world.Path("/data/projects/{project}/entities/{shot}/casting"));

        Assert.Equal(world["hero"], Assert.Single(assets!.AsArray())!["id"]!.GetValue<string>());
        Assert.Empty(shots!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, sword.Status);
        Assert.Equal(HttpStatusCode.Forbidden, casting.Status);
    }

    [Fact]
    public async Task EpisodeAssetTasks_HaveNames_AndAssigneesOnlyWithRelations()
    {
        var plain = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/episodes/{episode}/asset-tasks"));
        var sword = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = world["sword"], task_type_id = world["asset_task_type"], name = "episode task" });
        var withRelations = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/episodes/{episode}/asset-tasks?relations=true"));
        var vendor = await world.Vendor.GetAsync(world.Path("/data/episodes/{episode}/asset-tasks"));

        var row = withRelations!.AsArray().Single(t => t!["id"]!.GetValue<string>() == sword.Id())!;
        Assert.DoesNotContain(plain!.AsArray(), t => t!["assignees"] is not null);
        Assert.Equal("Sword", row["entity_name"]!.GetValue<string>());
        Assert.Equal("Prop", row["entity_type_name"]!.GetValue<string>());
        Assert.NotNull(row["assignees"]);
        Assert.Equal(HttpStatusCode.Forbidden, vendor.Status);
    }
}
