using System.Net;
using System.Text.Json.Nodes;
using Studio.Domain.Crud;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>Every collection of <c>/data</c>: a full round trip as admin, and Zou's refusals (status codes, error bodies).</summary>
public sealed class CrudEndpointsTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    public static TheoryData<string> Collections => [.. CrudWorld.CollectionsWithSamples];

    public static TheoryData<string> AllCollections => [.. CrudRegistry.All.Select(c => c.Name)];

    [Fact]
    public void Samples_CoverEveryCollection_ExceptSalaryScales()
    {
        var missing = CrudRegistry.All.Select(c => c.Name).Except(CrudWorld.CollectionsWithSamples).ToList();

        Assert.Equal(["salary-scales"], missing);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Collection_CreateReadUpdateDelete_RoundTrips(string collection)
    {
        var (create, update) = fixture.World.SampleFor(collection);
        var admin = fixture.Admin;

        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/{collection}", create);
        var id = created.Id();
        var read = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}/{id}");
        var updated = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/{collection}/{id}", update);
        var listed = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}?id={id}");
        if (collection == "projects")
        {
            var closed = await admin.IdOfAsync("project-status", "Closed");
            await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{id}", new { project_status_id = closed });
        }

        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/data/{collection}/{id}");
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/data/{collection}/{id}");

        Assert.Equal(id, read.Id());
        Assert.Equal(created!["type"]!.GetValue<string>(), read!["type"]!.GetValue<string>());
        foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(update))!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(value, updated![key]), $"{key}: sent {value}, got {updated[key]}");
        }

        Assert.Equal(id, Assert.Single(listed!.AsArray()).Id());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$", read["created_at"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Collection_CreateByArtistOutsideTheTeam_IsForbidden(string collection)
    {
        var (artist, _) = await fixture.Factory.PersonAsync("user");
        var (create, _) = fixture.World.SampleFor(collection);

        var (status, body) = await artist.PostAsync($"/data/{collection}", create);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.True(body!["error"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(AllCollections))]
    public async Task Collection_ReadsByArtist_FollowTheMatrix(string collection)
    {
        var (artist, _) = await fixture.Factory.PersonAsync("user");
        var rule = CrudRegistry.Find(collection);
        string[] openToAll = ["persons", "projects", "project-status", "entity-types", "entities", "task-types", "task-status", "tasks", "departments",
            "organisations", "file-status", "softwares", "output-files", "output-types", "preview-files", "working-files", "custom-actions",
            "status-automations", "playlists", "metadata-descriptors", "preview-background-files", "studios"];

        var (status, body) = await artist.GetAsync($"/data/{collection}");

        Assert.NotNull(rule);
        Assert.Equal(openToAll.Contains(collection) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, status);
        if (status == HttpStatusCode.OK && collection is "entities" or "tasks" or "projects" or "playlists" or "preview-files")
        {
            Assert.Empty(body!.AsArray());
        }
    }

    [Theory]
    [MemberData(nameof(AllCollections))]
    public async Task Collection_UnknownOrMalformedId_Answers404Or400(string collection)
    {
        var unknown = await fixture.Admin.GetAsync($"/data/{collection}/{Guid.NewGuid()}");
        var malformed = await fixture.Admin.GetAsync($"/data/{collection}/not-a-uuid");
        var unknownPut = await fixture.Admin.PutAsync($"/data/{collection}/{Guid.NewGuid()}", new { name = "x" });
        var unknownDelete = await fixture.Admin.DeleteAsync($"/data/{collection}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.StartsWith("404 Not Found", unknown.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal("""{"error":true,"message":"Malformed ID.","data":null}""", malformed.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, unknownPut.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownDelete.Status);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("")]
    public async Task Create_MalformedBody_Answers400WithoutWriting(string body)
    {
        var before = (await fixture.Admin.GetAsync("/data/departments")).Body!.AsArray().Count;

        var (status, json) = await fixture.Admin.SendAsync(HttpMethod.Post, "/data/departments", body.Length == 0 ? "" : body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(json!["error"]!.GetValue<bool>());
        Assert.Equal(before, (await fixture.Admin.GetAsync("/data/departments")).Body!.AsArray().Count);
    }

    [Fact]
    public async Task Create_WrongTypeOrUnknownKey_Answers400()
    {
        var wrongType = await fixture.Admin.PostAsync("/data/departments", new { name = "X", color = "#000000", archived = "maybe" });
        var unknownKey = await fixture.Admin.PostAsync("/data/departments", new { name = "Y", color = "#000000", colour = "red" });
        var missing = await fixture.Admin.PostAsync("/data/departments", new { color = "#000000", name = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Equal(HttpStatusCode.BadRequest, unknownKey.Status);
        Assert.Equal("'colour' is an invalid keyword argument for Department", unknownKey.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
    }

    [Fact]
    public async Task Create_Duplicate_AnswersZouUniqueMessage()
    {
        await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/projects", new { name = "Duplicate me" });

        var (status, body) = await fixture.Admin.PostAsync("/data/projects", new { name = "Duplicate me" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("""{"message":"A record with the same unique values already exists."}""", body!.ToJsonString());
    }

    [Fact]
    public async Task EntityPut_MergesDataIntoTheStoredData()
    {
        var entity = fixture.World["entity2"];
        await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/entities/{entity}", new { data = new { frame_in = 1, look = "red" } });

        var updated = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/entities/{entity}", new { data = new { look = "blue" } });

        // jsonb on PostgreSQL does not keep key order: compare as JSON values.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"frame_in":1,"look":"blue"}"""), updated!["data"]), updated["data"]!.ToJsonString());
        Assert.Equal("Asset", updated["type"]!.GetValue<string>());
    }
}
