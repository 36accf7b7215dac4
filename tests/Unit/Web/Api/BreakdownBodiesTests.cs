using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The breakdown bodies the API reads into the domain's commands: the caller's rights are answered before the body's
/// errors, what a creation body carries reaches the new entity, and the plain lists hide a vendor's other departments' data.
/// </summary>
public sealed class BreakdownBodiesTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    [Fact]
    public async Task Creation_ANonManagerIsRefusedBeforeTheBodyIsRead_AManagerGetsTheBodysError()
    {
        var path = world.Path("/data/projects/{project}/shots");
        var body = new { name = "SH-" + Guid.NewGuid().ToString("N")[..6], sequence_id = "not-an-id" };

        var artist = await world.Artist.PostAsync(path, body);
        var artistTyped = await world.Artist.PostAsync(path, new { name = 5 });
        var manager = await world.Manager.PostAsync(path, body);

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal(HttpStatusCode.Forbidden, artistTyped.Status);
        Assert.Equal(HttpStatusCode.BadRequest, manager.Status);
        Assert.Equal("Invalid sequence_id.", manager.Body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetManyCastings_ANonManagerIsRefusedFirst_AManagerGetsMalformedIdsAndCastings()
    {
        var path = world.Path("/data/projects/{project}/entities/casting");

        var artist = await world.Artist.PutAsync(path, new JsonObject { ["bad"] = new JsonArray() });
        var badId = await world.Manager.PutAsync(path, new JsonObject { ["bad"] = new JsonArray() });
        var notAList = await world.Manager.PutAsync(path, new JsonObject { [world["shot2"]] = 3 });

        Assert.Equal(HttpStatusCode.Forbidden, artist.Status);
        Assert.Equal("Malformed ID.", badId.Body!["message"]!.GetValue<string>());
        Assert.Equal("A casting must be a list.", notAList.Body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Creation_CarriesItsColumns_ConceptLinksOfTheProductionOnly_AnEditsShortEpisodeIdIsNone()
    {
        var project = world["project"];
        var name = "Typed " + Guid.NewGuid().ToString("N")[..6];

        var shot = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/shots",
            new { name = "  " + name + " ", sequence_id = world["sequence"], nb_frames = "24", description = "typed", data = new { fps = "25" } });
        var episode = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/episodes", new { name, status = "bogus" });
        var asset = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/projects/{project}/asset-types/{prop}/assets/new"),
            new { name, is_shared = "true", episode_id = world["episode"] });
        var edit = await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/edits", new { name, episode_id = "E01" });
        var concept = await world.Artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/concepts",
            new { name, entity_concept_links = new object[] { world["hero"], Guid.NewGuid(), "bad", 3 } });
        var read = await world.Artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/concepts/{concept.Id()}");

        Assert.Equal(name, shot!["name"]!.GetValue<string>());
        Assert.Equal(world["sequence"], shot["parent_id"]!.GetValue<string>());
        Assert.Equal(24, shot["nb_frames"]!.GetValue<int>());
        Assert.Equal("typed", shot["description"]!.GetValue<string>());
        Assert.Equal("""{"fps":"25"}""", shot["data"]!.ToJsonString());
        Assert.Equal("running", episode!["status"]!.GetValue<string>());
        Assert.True(asset!["is_shared"]!.GetValue<bool>());
        Assert.Equal(world["episode"], asset["source_id"]!.GetValue<string>());
        Assert.Null(edit!["parent_id"]);
        Assert.Equal([world["hero"]], read!["entity_concept_links"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task VendorPlainLists_HideTheDataOfOtherDepartmentsDescriptors()
    {
        var (vendor, vendorId) = await world.Factory.PersonAsync("vendor");
        await world.Admin.TeamAddAsync(world["project"], vendorId);
        var modeling = await world.Admin.IdOfAsync("departments", "Modeling");
        var animation = await world.Admin.IdOfAsync("departments", "Animation");
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{vendorId}", new { departments = new[] { modeling } });
        var descriptors = world.Path("/data/projects/{project}/metadata-descriptors");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var own = (await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, descriptors, new { name = "Mesh " + suffix, entity_type = "Asset", departments = new[] { modeling } }))!["field_name"]!.GetValue<string>();
        var other = (await world.Manager.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, descriptors, new { name = "Rig " + suffix, entity_type = "Asset", departments = new[] { animation } }))!["field_name"]!.GetValue<string>();
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path("/data/entities/{sword}"), new JsonObject { ["data"] = new JsonObject { [own] = "ours", [other] = "theirs" } });
        await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = world["sword"], task_type_id = world["asset_task_type"], name = "vendor " + suffix, assignees = new[] { vendorId } });

        var lists = new[]
        {
            await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets?project_id={project}")),
            await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/assets")),
        };
        var manager = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/assets"));

        foreach (var list in lists)
        {
            var sword = list!.AsArray().Single(a => a.Id() == world["sword"])!;
            Assert.Equal("ours", sword["data"]![own]!.GetValue<string>());
            Assert.Null(sword["data"]![other]);
        }

        Assert.Equal("theirs", manager!.AsArray().Single(a => a.Id() == world["sword"])!["data"]![other]!.GetValue<string>());
    }
}
