using System.Net;
using System.Text.Json.Nodes;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>What vendors and clients may read of the breakdown: their own tasks, their departments' metadata, no concepts.</summary>
public sealed class BreakdownAccessTests(BreakdownFixture world) : IClassFixture<BreakdownFixture>
{
    [Fact]
    public async Task Vendor_WithTasksAndOneEntity_ShowOnlyTheirTasks_AndTheirDepartmentsMetadata()
    {
        var (vendor, vendorId, own, other) = await VendorWithDescriptorsAsync();
        var heroTask = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = world["hero"], task_type_id = await TaskTypeAsync("Rigging", "Asset"), name = "vendor " + Guid.NewGuid().ToString("N")[..6], assignees = new[] { vendorId } })).Id();

        var list = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets/with-tasks?project_id={project}"));
        var one = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets/{hero}"));
        var manager = await world.Manager.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/assets/{hero}"));

        var row = Assert.Single(list!.AsArray())!;
        Assert.Equal(heroTask, Assert.Single(row["tasks"]!.AsArray()).Id());
        Assert.Equal(heroTask, Assert.Single(one!["tasks"]!.AsArray()).Id());
        foreach (var data in new[] { row["data"]!, one["data"]! })
        {
            Assert.Equal("ours", data[own]!.GetValue<string>());
            Assert.Equal("public", data["notes"]!.GetValue<string>());
            Assert.Null(data[other]);
        }

        Assert.Equal(2, manager!["tasks"]!.AsArray().Count);
        Assert.Equal("theirs", manager["data"]![other]!.GetValue<string>());
    }

    [Fact]
    public async Task Vendor_SequencesAndEpisodes_AreThoseReachedThroughTheirShotAndAssetTasks()
    {
        var (vendor, vendorId) = await world.Factory.PersonAsync("vendor");
        await world.Admin.TeamAddAsync(world["project"], vendorId);
        var before = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/sequences"));
        await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = world["shot2"], task_type_id = await TaskTypeAsync("Animation", "Shot"), name = "vendor shot", assignees = new[] { vendorId } });

        var sequences = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/sequences"));
        var episodes = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/episodes"));
        var withTasks = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/sequences/with-tasks?project_id={project}"));
        var episodeSequences = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/episodes/{episode}/sequences"));
        var sequenceShots = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/sequences/{sequence}/shots"));
        var assetEpisodes = await world.Vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/episodes"));

        Assert.Empty(before!.AsArray());
        Assert.Equal(world["sequence"], Assert.Single(sequences!.AsArray()).Id());
        Assert.Equal(world["episode"], Assert.Single(episodes!.AsArray()).Id());
        Assert.Equal(world["sequence"], Assert.Single(withTasks!.AsArray()).Id());
        Assert.Equal(world["sequence"], Assert.Single(episodeSequences!.AsArray()).Id());
        Assert.Equal(world["shot2"], Assert.Single(sequenceShots!.AsArray()).Id());
        Assert.Empty(assetEpisodes!.AsArray());
    }

    [Fact]
    public async Task Vendor_EpisodeOfTheirAsset_IsListed()
    {
        var (vendor, vendorId) = await world.Factory.PersonAsync("vendor");
        await world.Admin.TeamAddAsync(world["project"], vendorId);
        await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = world["sword"], task_type_id = await TaskTypeAsync("Modeling", "Asset"), name = "vendor sword", assignees = new[] { vendorId } });

        var episodes = await vendor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/episodes"));

        Assert.Equal(world["episode"], Assert.Single(episodes!.AsArray()).Id());
    }

    public static TheoryData<string> ConceptReads =>
    [
        "/data/concepts/{concept}", "/data/concepts/{concept}/tasks", "/data/concepts/{concept}/task-types", "/data/concepts?project_id={project}",
        "/data/concepts/with-tasks?project_id={project}", "/data/projects/{project}/concepts", "/data/entities/{concept}/preview-files",
    ];

    [Theory]
    [MemberData(nameof(ConceptReads))]
    public async Task Concepts_AreRefusedToClients_TheTeamReadsThem(string template)
    {
        var path = world.Path(template);

        var client = await world.Client.GetAsync(path);
        var manager = await world.Manager.GetAsync(path);
        var artist = await world.Artist.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, client.Status);
        Assert.Equal(HttpStatusCode.OK, manager.Status);
        Assert.Equal(HttpStatusCode.OK, artist.Status);
    }

    [Theory]
    [InlineData("/data/concepts")]
    [InlineData("/data/concepts/with-tasks")]
    [InlineData("/data/concepts?project_id={project}")]
    [InlineData("/data/projects/{project}/concepts")]
    public async Task ConceptLists_AreRefusedToVendors(string template)
    {
        var (status, body) = await world.Vendor.GetAsync(world.Path(template));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.True(body!["error"]!.GetValue<bool>());
    }

    /// <summary>A new vendor of the Modeling department with a Modeling task on the hero, and three asset descriptors.</summary>
    private async Task<(ApiClient Vendor, string VendorId, string Own, string Other)> VendorWithDescriptorsAsync()
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
        await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path("/data/entities/{hero}"), new JsonObject
        {
            ["data"] = new JsonObject { [own] = "ours", [other] = "theirs", ["notes"] = "public" },
        });
        return (vendor, vendorId, own, other);
    }

    private async Task<string> TaskTypeAsync(string name, string forEntity)
    {
        var types = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/task-types?name={name}");
        return types!.AsArray().First(t => t!["for_entity"]!.GetValue<string>() == forEntity).Id();
    }
}
