using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The breakdown's writes: creation per kind, removal, casting, instances, descriptors, sharing.</summary>
public sealed class BreakdownWriteTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    public static TheoryData<string, string> CreationRoutes => new()
    {
        { "/data/projects/{project}/shots", "Shot" },
        { "/data/projects/{project}/sequences", "Sequence" },
        { "/data/projects/{project}/episodes", "Episode" },
        { "/data/projects/{project}/scenes", "Scene" },
        { "/data/projects/{project}/edits", "Edit" },
        { "/data/projects/{project}/asset-types/{prop}/assets/new", "Asset" },
    };

    [Theory]
    [MemberData(nameof(CreationRoutes))]
    public async Task Create_ByManager_GivesTheKind_ArtistIsRefused_NameIsRequired(string template, string kind)
    {
        var path = world.Path(template);
        var name = kind + " " + Guid.NewGuid().ToString("N")[..6];

        var created = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { name, description = "made by the manager" });
        var refused = await world.Artist.PostAsync(path, new { name = name + "b" });
        var noName = await world.Manager.PostAsync(path, new { description = "nameless" });
        var malformed = await world.Manager.PostAsync(path, "{not json");

        Assert.Equal(kind, created!["type"]!.GetValue<string>());
        Assert.Equal(name, created["name"]!.GetValue<string>());
        Assert.Equal(world["manager"], created["created_by"]!.GetValue<string>());
        Assert.Equal("id", created.AsObject().First().Key);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noName.Status);
        Assert.Equal("Validation error.", noName.Body!["message"]!.GetValue<string>());
        Assert.Equal("name", noName.Body["data"]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
    }

    [Fact]
    public async Task CreateShot_IsIdempotentUnderItsSequence_AndNeedsASequenceOfTheProduction()
    {
        var again = await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/shots"), new { name = "SH010", sequence_id = world["sequence"] });
        var elsewhere = await world.Admin.ProjectAsync();
        var foreignSequence = await world.Admin.PostAsync($"/data/projects/{elsewhere}/shots", new { name = "SH999", sequence_id = world["sequence"] });
        var unknownProject = await world.Admin.PostAsync($"/data/projects/{Guid.NewGuid()}/shots", new { name = "SH999" });

        Assert.Equal(world["shot"], again.Id());
        Assert.Equal(HttpStatusCode.NotFound, foreignSequence.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownProject.Status);
    }

    [Fact]
    public async Task CreateAsset_OnATemporalType_IsRefused()
    {
        var shotType = await world.Admin.IdOfAsync("entity-types", "Shot");

        var (status, body) = await world.Admin.PostAsync(world.Path($"/data/projects/{{project}}/asset-types/{shotType}/assets/new"), new { name = "Wrong" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Asset type not found.", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateConcept_ByAnArtist_IsAllowed_ByAClientRefused()
    {
        var path = world.Path("/data/projects/{project}/concepts");

        var artist = await world.Artist.PostAsync(path, new { name = "Sketch " + Guid.NewGuid().ToString("N")[..6], entity_concept_links = new[] { world["hero"] } });
        var client = await world.Client.PostAsync(path, new { name = "Client sketch" });

        Assert.Equal(HttpStatusCode.Created, artist.Status);
        Assert.Equal("Concept", artist.Body!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, client.Status);
    }

    [Fact]
    public async Task AssetDelete_WithTasks_CancelsIt_ForceRemovesIt_ArtistIsRefused()
    {
        var asset = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/asset-types/{prop}/assets/new"), new { name = "Shield" })).Id();
        var task = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = world["asset_task_type"] })).Id();

        var refused = await world.Artist.DeleteAsync($"/data/assets/{asset}");
        var soft = await world.Manager.DeleteAsync($"/data/assets/{asset}");
        var canceled = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/assets/{asset}");
        var forced = await world.Manager.DeleteAsync($"/data/assets/{asset}?force=true");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.NoContent, soft.Status);
        Assert.True(canceled!["canceled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, forced.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/assets/{asset}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/tasks/{task}")).Status);
    }

    [Fact]
    public async Task AssetDelete_WithoutTasks_RemovesIt_ByItsCreator()
    {
        var concept = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/concepts"), new { name = "Throwaway" });

        var deleted = await world.Artist.DeleteAsync($"/data/concepts/{concept.Id()}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/concepts/{concept.Id()}")).Status);
    }

    [Fact]
    public async Task SequenceDelete_WithShots_NeedsForce_ThenTakesTheShots()
    {
        var sequence = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/sequences"), new { name = "SQ-" + Guid.NewGuid().ToString("N")[..6] })).Id();
        var shot = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/shots"), new { name = "SH100", sequence_id = sequence })).Id();

        var refused = await world.Manager.DeleteAsync($"/data/sequences/{sequence}");
        var forced = await world.Manager.DeleteAsync($"/data/sequences/{sequence}?force=true");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.NoContent, forced.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Admin.GetAsync($"/data/shots/{shot}")).Status);
    }

    [Fact]
    public async Task CastingPut_ReplacesTheCasting_LinksTheEpisode_AndCountsAssetsReady()
    {
        var shot = await NewShotAsync();
        var task = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = shot, task_type_id = world["shot_task_type"] })).Id();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path("/data/entities/{sword}"), new { ready_for = world["shot_task_type"] });
        var path = world.Path($"/data/projects/{{project}}/entities/{shot}/casting");

        var body = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, path, new object[]
        {
            new { asset_id = world["hero"], nb_occurences = 3, label = "crowd" },
            new { asset_id = world["sword"], nb_occurences = 1 },
            new { asset_id = world["hero"] },
        });
        var casting = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        var read = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/shots/{shot}");
        var readyTask = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{task}");
        var episodeCasting = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/entities/{episode}/casting"));
        await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, path, new object[] { new { asset_id = world["sword"], nb_occurences = 1 } });
        var after = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        var events = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=shot:casting-update");

        Assert.Equal(3, body!.AsArray().Count);
        Assert.Equal(["Hero", "Sword"], casting!.AsArray().Select(c => c!["asset_name"]!.GetValue<string>()));
        var hero = casting.AsArray()[0]!;
        Assert.Equal(3, hero["nb_occurences"]!.GetValue<int>());
        Assert.Equal("crowd", hero["label"]!.GetValue<string>());
        Assert.Equal(
            ["asset_id", "asset_name", "asset_type_name", "ready_for", "episode_id", "preview_file_id", "nb_occurences", "label", "is_shared", "project_id"],
            hero.AsObject().Select(p => p.Key));
        Assert.Equal(2, read!["nb_entities_out"]!.GetValue<int>());
        Assert.Equal(1, readyTask!["nb_assets_ready"]!.GetValue<int>());
        Assert.Contains(episodeCasting!.AsArray(), c => c!["asset_id"]!.GetValue<string>() == world["sword"]);
        Assert.Equal("Sword", Assert.Single(after!.AsArray())!["asset_name"]!.GetValue<string>());
        Assert.Contains(events!.AsArray(), e => e!["data"]!["shot_id"]!.GetValue<string>() == shot
            && e["data"]!["removed_asset_ids"]!.AsArray().Any(id => id!.GetValue<string>() == world["hero"]));
    }

    [Fact]
    public async Task CastingPut_RefusesArtistsBadBodiesAndUnknownAssets_WithoutWriting()
    {
        var shot = await NewShotAsync();
        var path = world.Path($"/data/projects/{{project}}/entities/{shot}/casting");
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, path, new object[] { new { asset_id = world["hero"], nb_occurences = 1 } });

        var artist = await world.Artist.PutAsync(path, new object[] { new { asset_id = world["sword"], nb_occurences = 1 } });
        var notAList = await world.Admin.PutAsync(path, new { asset_id = world["sword"] });
        var unknown = await world.Admin.PutAsync(path, new object[] { new { asset_id = world["sword"], nb_occurences = 1 }, new { asset_id = Guid.NewGuid(), nb_occurences = 1 } });
        var otherProject = await world.Admin.PutAsync(world.Path($"/data/projects/{await world.Admin.ProjectAsync()}/entities/{shot}/casting"), Array.Empty<object>());
        var casting = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notAList.Status);
        Assert.Equal("Request body must be a JSON array", notAList.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, otherProject.Status);
        Assert.Equal("Hero", Assert.Single(casting!.AsArray())!["asset_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task CastingMaps_GroupByShot_WithSequenceNames()
    {
        var all = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/sequences/all/casting"));
        var byType = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/asset-types/{character}/casting"));

        var items = all![world["shot"]]!.AsArray();
        Assert.Equal(["asset_id", "name", "asset_name", "asset_type_name", "sequence_name", "preview_file_id", "nb_occurences", "label"], items[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["Hero", "Sword"], items.Select(i => i!["name"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal(i!["asset_name"]!.GetValue<string>(), i["name"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Equal("SQ01", i!["sequence_name"]!.GetValue<string>()));
        Assert.Equal(new JsonObject().ToJsonString(), byType!.ToJsonString());
    }

    [Fact]
    public async Task SetManyCastings_AppliesEach_AndRefusesANonObject()
    {
        var first = await NewShotAsync();
        var second = await NewShotAsync();
        var path = world.Path("/data/projects/{project}/entities/casting");
        var body = new JsonObject
        {
            [first] = new JsonArray(new JsonObject { ["asset_id"] = world["hero"], ["nb_occurences"] = 1 }),
            [second] = new JsonArray(new JsonObject { ["asset_id"] = world["sword"], ["nb_occurences"] = 4 }),
        };

        var result = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, path, body);
        var refused = await world.Manager.PutAsync(path, new object[] { 1 });
        var second_ = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path($"/data/projects/{{project}}/entities/{second}/casting"));

        Assert.Equal(2, result!.AsObject().Count);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(4, Assert.Single(second_!.AsArray())!["nb_occurences"]!.GetValue<int>());
    }

    [Fact]
    public async Task EntityLinks_ArePaged_ForManagers_AndOneCanBeRemoved()
    {
        var shot = await NewShotAsync();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path($"/data/projects/{{project}}/entities/{shot}/casting"),
            new object[] { new { asset_id = world["hero"], nb_occurences = 1 } });

        var all = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/entity-links"));
        var page = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/entity-links?page=1&limit=2"));
        var artist = await world.Artist.GetAsync(world.Path("/data/projects/{project}/entity-links"));
        var link = all!.AsArray().Single(l => l!["entity_in_id"]!.GetValue<string>() == shot)!;
        var removed = await world.Manager.DeleteAsync(world.Path($"/data/projects/{{project}}/entity-links/{link.Id()}"));
        var again = await world.Manager.DeleteAsync(world.Path($"/data/projects/{{project}}/entity-links/{link.Id()}"));

        Assert.Equal(["id", "entity_in_id", "entity_out_id", "nb_occurences", "label", "data", "created_at", "type"], link.AsObject().Select(p => p.Key));
        Assert.Equal(2, page!["data"]!.AsArray().Count);
        Assert.Equal(all.AsArray().Count, page["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Fact]
    public async Task AssetInstances_AreNumberedPerSceneAndAsset_AndLinkToShots()
    {
        var scene = world.Path("/data/scenes/{scene}/asset-instances");

        var second = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, scene, new { asset_id = world["hero"], description = "background" });
        var inAsset = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/assets/{sword}/asset-asset-instances"), new { asset_to_instantiate_id = world["hero"] });
        var outsider = await world.Outsider.PostAsync(scene, new { asset_id = world["hero"] });
        var notAnAsset = await world.Artist.PostAsync(scene, new { asset_id = world["shot"] });
        var added = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/shots/{shot2}/asset-instances"), new { asset_instance_id = second.Id() });
        var linked = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/shots/{shot2}/asset-instances"));
        var byShot = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets/{hero}/shot-asset-instances"));
        var removed = await world.Artist.DeleteAsync(world.Path($"/data/shots/{{shot2}}/asset-instances/{second.Id()}"));
        var removedAgain = await world.Artist.DeleteAsync(world.Path($"/data/shots/{{shot2}}/asset-instances/{second.Id()}"));

        Assert.Equal(2, second!["number"]!.GetValue<int>());
        Assert.Equal("Hero_0002", second["name"]!.GetValue<string>());
        Assert.Equal(world["scene"], second["scene_id"]!.GetValue<string>());
        Assert.Equal(1, inAsset!["number"]!.GetValue<int>());
        Assert.Equal(world["sword"], inAsset["target_asset_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notAnAsset.Status);
        Assert.Equal(world["shot2"], added.Id());
        Assert.Equal(second.Id(), Assert.Single(linked![world["hero"]]!.AsArray()).Id());
        Assert.Equal(second.Id(), Assert.Single(byShot![world["shot2"]]!.AsArray()).Id());
        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.Status);
    }

    [Fact]
    public async Task MetadataDescriptors_Validate_RenameMovesValues_AndPutRestoresDefaults()
    {
        var path = world.Path("/data/projects/{project}/metadata-descriptors");
        var name = "Size " + Guid.NewGuid().ToString("N")[..6];

        var created = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { name, entity_type = "Asset", data_type = "list", choices = new[] { "S", "M" }, for_client = true });
        var field = created!["field_name"]!.GetValue<string>();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path("/data/entities/{sword}"), new JsonObject { ["data"] = new JsonObject { [field] = "M" } });
        var duplicate = await world.Manager.PostAsync(path, new { name, entity_type = "Asset" });
        var badType = await world.Manager.PostAsync(path, new { name = "X", data_type = "colour" });
        var taskWithoutType = await world.Manager.PostAsync(path, new { name = "Y", entity_type = "Task" });
        var artist = await world.Artist.PostAsync(path, new { name = "Z" });
        var renamed = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{path}/{created.Id()}", new { name = name + " renamed" });
        var emptyName = await world.Manager.PutAsync($"{path}/{created.Id()}", new { name = "" });
        var sword = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/entities/{sword}"));
        var clientView = await world.Client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);

        Assert.Equal(name.ToLowerInvariant().Replace(' ', '_'), field);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Equal("Metadata descriptor already exists.", duplicate.Body!["message"]!.GetValue<string>());
        Assert.Equal("Invalid data_type", badType.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, taskWithoutType.Status);
        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal("string", renamed!["data_type"]!.GetValue<string>());
        Assert.False(renamed["for_client"]!.GetValue<bool>());
        Assert.Equal("Name cannot be empty.", emptyName.Body!["message"]!.GetValue<string>());
        Assert.Equal("M", sword!["data"]![field + "_renamed"]!.GetValue<string>());
        Assert.Null(sword["data"]![field]);
        Assert.DoesNotContain(clientView!.AsArray(), d => d!.Id() == created.Id());
    }

    [Fact]
    public async Task MetadataDescriptor_OneIsReadByTheTeam_AndRemovedByTheManager()
    {
        var path = world.Path("/data/projects/{project}/metadata-descriptors");
        var created = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { name = "Notes " + Guid.NewGuid().ToString("N")[..6], entity_type = "Shot" });

        var read = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"{path}/{created.Id()}");
        var outsider = await world.Outsider.GetAsync($"{path}/{created.Id()}");
        var artistDelete = await world.Artist.DeleteAsync($"{path}/{created.Id()}");
        var deleted = await world.Manager.DeleteAsync($"{path}/{created.Id()}");

        Assert.Equal("Shot", read!["entity_type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal(HttpStatusCode.Forbidden, artistDelete.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Artist.GetAsync($"{path}/{created.Id()}")).Status);
    }

    [Fact]
    public async Task SharedAssets_AreCastInOtherProductions_AndListedAsSharedUsed()
    {
        var other = await world.Admin.ProjectAsync(world["manager"]);
        var sequence = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{other}/sequences", new { name = "SQ01" })).Id();
        var shot = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{other}/shots", new { name = "SH010", sequence_id = sequence })).Id();

        var beforeSharing = await world.Manager.PutAsync($"/data/projects/{other}/entities/{shot}/casting", new object[] { new { asset_id = world["hero"], nb_occurences = 1 } });
        var artistShare = await world.Artist.PostAsync("/actions/assets/share", new { asset_ids = new[] { world["hero"] } });
        var shared = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/actions/assets/share", new { asset_ids = new[] { world["hero"] } });
        await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{other}/entities/{shot}/casting", new object[] { new { asset_id = world["hero"], nb_occurences = 1 } });
        var used = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/projects/{other}/assets/shared-used");
        var unshared = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, world.Path("/actions/projects/{project}/asset-types/{character}/assets/share"), new { is_shared = false });

        Assert.Equal(HttpStatusCode.BadRequest, beforeSharing.Status);
        Assert.Equal(HttpStatusCode.Forbidden, artistShare.Status);
        Assert.True(Assert.Single(shared!.AsArray())!["is_shared"]!.GetValue<bool>());
        Assert.Equal(world["hero"], Assert.Single(used!.AsArray()).Id());
        Assert.All(unshared!.AsArray(), a => Assert.False(a!["is_shared"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task AssetNames_AreUniquePerTypeInAProduction_ThroughEveryRoute()
    {
        var name = "Lamp " + Guid.NewGuid().ToString("N")[..6];
        var path = world.Path("/data/projects/{project}/asset-types/{prop}/assets/new");
        await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { name });

        var again = await world.Manager.PostAsync(path, new { name });
        var crud = await world.Admin.PostAsync("/data/entities", new { name, project_id = world["project"], entity_type_id = world["prop"] });
        var otherType = await world.Manager.PostAsync(world.Path("/data/projects/{project}/asset-types/{character}/assets/new"), new { name });

        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("Asset already exists with this name.", again.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, crud.Status);
        Assert.Equal(HttpStatusCode.Created, otherType.Status);
    }

    [Fact]
    public async Task SharedAsset_IsReadableFromAnotherProductionsTeam_AnUnsharedOneIsNot()
    {
        var (reader, readerId) = await world.Factory.PersonAsync("user");
        await world.Admin.ProjectAsync(readerId);
        var shared = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/asset-types/{prop}/assets/new"),
            new { name = "Library chair " + Guid.NewGuid().ToString("N")[..6], is_shared = true })).Id();

        var sharedRead = await reader.GetAsync($"/data/assets/{shared}");
        var privateRead = await reader.GetAsync(world.Path("/data/assets/{sword}"));

        Assert.Equal(HttpStatusCode.OK, sharedRead.Status);
        Assert.True(sharedRead.Body!["is_shared"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, privateRead.Status);
    }

    [Fact]
    public async Task PreviewBackgrounds_AreAddedToAProductionByItsManager()
    {
        var background = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-background-files", new { name = "Studio grey " + Guid.NewGuid().ToString("N")[..6] })).Id();
        var path = world.Path("/data/projects/{project}/settings/preview-background-files");

        var added = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { preview_background_file_id = background });
        var artist = await world.Artist.PostAsync(path, new { preview_background_file_id = background });
        var unknown = await world.Manager.PostAsync(path, new { preview_background_file_id = Guid.NewGuid() });
        var listed = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        var removed = await world.Manager.DeleteAsync($"{path}/{background}");

        Assert.Equal("Project", added!["type"]!.GetValue<string>());
        Assert.False(added.AsObject().ContainsKey("preview_background_files"));
        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains(listed!.AsArray(), b => b.Id() == background);
        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
    }

    private async Task<string> NewShotAsync() =>
        (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/shots"),
            new { name = "SH-" + Guid.NewGuid().ToString("N")[..6], sequence_id = world["sequence"], data = new { frame_in = 1001 } })).Id();
}
