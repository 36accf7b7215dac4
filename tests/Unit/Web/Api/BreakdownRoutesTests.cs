using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>The breakdown routes gazu calls beyond the entity lists: scene shots, camera instances, an asset's casting, edit versions.</summary>
public sealed class BreakdownRoutesTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    [Fact]
    public async Task SceneShots_UnlinkingAShotFromAnotherScene_LeavesItsSceneAlone()
    {
        var project = await world.Admin.ProjectAsync(world["artist"]);
        var sequence = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/sequences", new { name = "SQ50" })).Id();
        var shot = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/shots", new { name = "SH500", sequence_id = sequence })).Id();
        var first = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/scenes", new { name = "SC50", sequence_id = sequence })).Id();
        var second = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/scenes", new { name = "SC51", sequence_id = sequence })).Id();
        await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/scenes/{first}/shots", new { shot_id = shot });

        var removed = await world.Artist.DeleteAsync($"/data/scenes/{second}/shots/{shot}");
        var after = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/shots/{shot}");

        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
        Assert.Equal(first, after!["source_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SceneShots_TeamLinksAndUnlinksAShot_TheListFollows()
    {
        var path = world.Path("/data/scenes/{scene}/shots");

        var added = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { shot_id = world["shot2"] });
        var listed = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        var outsider = await world.Outsider.PostAsync(path, new { shot_id = world["shot2"] });
        var missing = await world.Artist.PostAsync(path, new { });
        var unknown = await world.Artist.PostAsync(path, new { shot_id = Guid.NewGuid() });
        var notAShot = await world.Artist.PostAsync(path, new { shot_id = world["hero"] });
        var removed = await world.Artist.DeleteAsync(world.Path("/data/scenes/{scene}/shots/{shot2}"));
        var after = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        var events = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=shot:add-to-scene");

        Assert.Equal(world["scene"], added!["source_id"]!.GetValue<string>());
        Assert.Equal(world["shot2"], Assert.Single(listed!.AsArray()).Id());
        Assert.Equal("SQ01", listed[0]!["sequence_name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal("Field required", missing.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, notAShot.Status);
        Assert.Equal(HttpStatusCode.NoContent, removed.Status);
        Assert.Empty(after!.AsArray());
        Assert.Contains(events!.AsArray(), e => e!["data"]!["shot_id"]!.GetValue<string>() == world["shot2"] && e["project_id"]!.GetValue<string>() == world["project"]);
    }

    [Fact]
    public async Task CameraInstances_AreTheSceneInstancesOfCameraAssets()
    {
        var camera = await CameraTypeAsync();
        var cam = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path($"/data/projects/{{project}}/asset-types/{camera}/assets/new"), new { name = "CamA" })).Id();
        var instance = (await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/scenes/{scene}/asset-instances"), new { asset_id = cam })).Id();

        var cameras = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/scenes/{scene}/camera-instances"));
        var all = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/scenes/{scene}/asset-instances"));

        Assert.Equal(instance, Assert.Single(Assert.Single(cameras!.AsObject()).Value!.AsArray()).Id());
        Assert.Equal(cam, cameras.AsObject().Single().Key);
        Assert.Equal(2, all!.AsObject().Count);
    }

    [Fact]
    public async Task AssetCasting_IsReadByTheTeam_AndReplacedByManagersOnly()
    {
        var path = world.Path("/data/assets/{hero}/casting");

        var set = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, path, new object[] { new { asset_id = world["sword"], nb_occurences = 2, label = "belt" } });
        var read = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path);
        var vendor = await world.Vendor.GetAsync(path);
        var artistPut = await world.Artist.PutAsync(path, new object[] { new { asset_id = world["sword"], nb_occurences = 1 } });
        var notAList = await world.Manager.PutAsync(path, new { asset_id = world["sword"] });
        var shotAsAsset = await world.Manager.GetAsync(world.Path("/data/assets/{shot}/casting"));

        Assert.Single(set!.AsArray());
        Assert.Equal("belt", Assert.Single(read!.AsArray())!["label"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, vendor.Status);
        Assert.Equal(HttpStatusCode.Forbidden, artistPut.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notAList.Status);
        Assert.Equal(HttpStatusCode.NotFound, shotAsAsset.Status);
        Assert.Equal(2, Assert.Single((await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path))!.AsArray())!["nb_occurences"]!.GetValue<int>());
    }

    [Fact]
    public async Task EditVersions_AreListedForTheTeam()
    {
        var versions = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/edits/{edit}/versions"));
        var shotAsEdit = await world.Artist.GetAsync(world.Path("/data/edits/{shot}/versions"));

        Assert.Empty(versions!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, shotAsEdit.Status);
    }

    private async Task<string> CameraTypeAsync()
    {
        var existing = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/entity-types?name=Camera");
        return existing!.AsArray().Count > 0
            ? existing.AsArray()[0].Id()
            : (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entity-types", new { name = "Camera" })).Id();
    }
}
