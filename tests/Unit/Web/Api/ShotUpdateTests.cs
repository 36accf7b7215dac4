using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary><c>PUT /data/shots/&lt;id&gt;</c>, the shot versions it records, and the typed validation of breakdown bodies.</summary>
public sealed class ShotUpdateTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    [Fact]
    public async Task ShotPut_MergesData_ForProjectManagers_OthersGetAPlain403()
    {
        var shot = await NewShotAsync();

        var updated = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/shots/{shot}", new { nb_frames = 100, data = new { frame_out = 1100 } });
        var artist = await world.Artist.PutAsync($"/data/shots/{shot}", new { nb_frames = 1 });
        var vendor = await world.Vendor.PutAsync($"/data/shots/{shot}", new { nb_frames = 1 });
        var client = await world.Client.PutAsync($"/data/shots/{shot}", new { nb_frames = 1 });
        var notAShot = await world.Manager.PutAsync(world.Path("/data/shots/{hero}"), new { nb_frames = 1 });
        var after = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/shots/{shot}");

        Assert.Equal(100, updated!["nb_frames"]!.GetValue<int>());
        Assert.Equal(1001, updated["data"]!["frame_in"]!.GetValue<int>());
        Assert.Equal(1100, updated["data"]!["frame_out"]!.GetValue<int>());
        Assert.Equal("Shot", updated["type"]!.GetValue<string>());
        Assert.All([artist, vendor, client], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.Equal("You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.", artist.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, notAShot.Status);
        Assert.Equal(100, after!["nb_frames"]!.GetValue<int>());
    }

    [Fact]
    public async Task ShotVersions_KeepThePreviousState_WhenTheNameOrFrameRangeChangesAfterAMinute()
    {
        var shot = await NewShotAsync();
        world.Factory.Clock.Advance(TimeSpan.FromSeconds(61));

        var original = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/shots/{shot}");
        await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/shots/{shot}", new { name = original!["name"]!.GetValue<string>() + "-b" });
        await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/shots/{shot}", new { data = new { frame_in = 900 } });
        world.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/shots/{shot}", new { description = "only the description" });
        world.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/entities/{shot}", new { data = new { frame_out = 1200 } });
        var versions = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/shots/{shot}/versions");
        var outsider = await world.Outsider.GetAsync($"/data/shots/{shot}/versions");

        var list = versions!.AsArray();
        Assert.Equal(2, list.Count);
        Assert.Equal(["name", "data", "entity_id", "person_id", "id", "created_at", "updated_at", "type"], list[1]!.AsObject().Select(p => p.Key));
        Assert.Equal(original["name"]!.GetValue<string>(), list[1]!["name"]!.GetValue<string>());
        Assert.Equal(1001, list[1]!["data"]!["frame_in"]!.GetValue<int>());
        Assert.Equal(world["manager"], list[1]!["person_id"]!.GetValue<string>());
        Assert.Equal("ShotVersion", list[1]!["type"]!.GetValue<string>());
        Assert.Equal(900, list[0]!["data"]!["frame_in"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
    }

    [Fact]
    public async Task ShotPut_KeepsReferencesInTheProduction_AndRefusesUnknownStatuses()
    {
        var shot = await NewShotAsync();
        var elsewhere = await world.Admin.ProjectAsync(world["manager"]);
        var foreign = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{elsewhere}/sequences", new { name = "SQ77" })).Id();

        var source = await world.Manager.PutAsync($"/data/shots/{shot}", new { source_id = foreign });
        var status = await world.Manager.PutAsync($"/data/shots/{shot}", new { status = "bogus" });
        var after = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/shots/{shot}");

        Assert.Equal(HttpStatusCode.BadRequest, source.Status);
        Assert.Equal(HttpStatusCode.BadRequest, status.Status);
        Assert.Null(after!["source_id"]);
        Assert.Equal("running", after["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ShotPut_BadFieldTypes_AreValidationErrors_AndChangeNothing()
    {
        var shot = await NewShotAsync();

        var (status, body) = await world.Manager.PutAsync($"/data/shots/{shot}", new { name = 5, nb_frames = "many", data = "frames", canceled = "perhaps" });
        var fraction = await world.Manager.PutAsync($"/data/shots/{shot}", new { nb_frames = 12.5 });
        var badParent = await world.Manager.PutAsync($"/data/shots/{shot}", new { parent_id = "nope" });
        var numeric = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/shots/{shot}", new { nb_frames = "24" });
        var after = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/shots/{shot}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Validation error.", body!["message"]!.GetValue<string>());
        Assert.Equal(
            ["name: Input should be a valid string", "nb_frames: Input should be a valid integer, unable to parse string as an integer",
                "data: Input should be a valid dictionary", "canceled: Input should be a valid boolean, unable to interpret input"],
            body["data"]!["errors"]!.AsArray().Select(e => $"{e!["field"]}: {e["message"]}"));
        Assert.Equal(HttpStatusCode.BadRequest, fraction.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badParent.Status);
        Assert.Equal(24, numeric!["nb_frames"]!.GetValue<int>());
        Assert.Equal(1001, after!["data"]!["frame_in"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/data/projects/{project}/shots", "nb_frames", "\"many\"", "Input should be a valid integer, unable to parse string as an integer")]
    [InlineData("/data/projects/{project}/shots", "data", "[1]", "Input should be a valid dictionary")]
    [InlineData("/data/projects/{project}/sequences", "description", "42", "Input should be a valid string")]
    [InlineData("/data/projects/{project}/episodes", "data", "\"x\"", "Input should be a valid dictionary")]
    [InlineData("/data/projects/{project}/asset-types/{prop}/assets/new", "is_shared", "\"perhaps\"", "Input should be a valid boolean, unable to interpret input")]
    [InlineData("/data/projects/{project}/concepts", "data", "true", "Input should be a valid dictionary")]
    public async Task Creation_WithAWronglyTypedField_IsAValidationError_AndCreatesNothing(string template, string field, string value, string message)
    {
        var name = "Typed " + Guid.NewGuid().ToString("N")[..6];
        var body = $"{{\"name\": \"{name}\", \"{field}\": {value}}}";

        var (status, error) = await world.Manager.PostAsync(world.Path(template), body);
        var entities = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/entities?name={Uri.EscapeDataString(name)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Validation error.", error!["message"]!.GetValue<string>());
        var only = Assert.Single(error["data"]!["errors"]!.AsArray())!;
        Assert.Equal(field, only["field"]!.GetValue<string>());
        Assert.Equal(message, only["message"]!.GetValue<string>());
        Assert.Empty(entities!.AsArray());
    }

    [Fact]
    public async Task Creation_NameMissingOrNotAString_IsFieldRequiredOrAStringError()
    {
        var path = world.Path("/data/projects/{project}/sequences");

        var missing = await world.Manager.PostAsync(path, new { description = "nameless" });
        var number = await world.Manager.PostAsync(path, new { name = 12 });
        var nothing = await world.Manager.PostAsync(path, new { name = (string?)null });

        Assert.Equal("Field required", missing.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("Input should be a valid string", number.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("Input should be a valid string", nothing.Body!["data"]!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ShareAssets_IsSharedMustBeABoolean()
    {
        var path = world.Path("/actions/projects/{project}/asset-types/{character}/assets/share");

        var (status, body) = await world.Manager.PostAsync(path, new { is_shared = "maybe" });
        var text = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, path, new { is_shared = "false" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("is_shared", body!["data"]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.All(text!.AsArray(), a => Assert.False(a!["is_shared"]!.GetValue<bool>()));
    }

    private async Task<string> NewShotAsync() =>
        (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/shots"),
            new { name = "SH-" + Guid.NewGuid().ToString("N")[..6], sequence_id = world["sequence"], data = new { frame_in = 1001 } })).Id();
}
