using System.Net;
using System.Text.Json.Nodes;
using Studio.Domain.Crud;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Zou's CRUD permissions, collection by collection, for the roles other than admin: one role allowed and one
/// refused for reading a row, and the same for updating it (null when only the admin may). Rows belong to the
/// team's project; the refused reader never finds the row through the list either.
/// </summary>
public sealed class CrudMatrixTests(TeamFixture fixture) : IClassFixture<TeamFixture>
{
    private static readonly Dictionary<string, (string? ReadAllowed, string? ReadRefused, string? WriteAllowed, string WriteRefused)> Matrix = new()
    {
        ["persons"] = ("outsider", null, "artist", "outsider"),
        ["projects"] = ("artist", "outsider", "manager", "artist"),
        ["project-status"] = ("outsider", null, null, "manager"),
        ["project-templates"] = ("manager", "artist", null, "manager"),
        ["entity-types"] = ("outsider", null, null, "manager"),
        ["entities"] = ("artist", "outsider", "manager", "artist"),
        ["task-types"] = ("outsider", null, null, "manager"),
        ["task-status"] = ("outsider", null, null, "manager"),
        ["tasks"] = ("vendor", "outsider", "manager", "artist"),
        ["departments"] = ("outsider", null, null, "manager"),
        ["organisations"] = ("outsider", null, null, "manager"),
        ["file-status"] = ("outsider", null, null, "manager"),
        ["softwares"] = ("outsider", null, null, "manager"),
        ["hardware-items"] = (null, "manager", null, "manager"),
        ["output-files"] = ("artist", "outsider", "artist", "client"),
        ["output-types"] = ("outsider", null, null, "manager"),
        ["preview-files"] = ("vendor", "outsider", "artist", "client"),
        ["working-files"] = ("artist", "outsider", "artist", "outsider"),
        ["attachment-files"] = ("artist", "outsider", null, "manager"),
        ["comments"] = ("artist", "outsider", "manager", "outsider"),
        ["time-spents"] = (null, "manager", null, "manager"),
        ["day-offs"] = ("artist", "manager", "artist", "manager"),
        ["custom-actions"] = ("artist", "vendor", null, "manager"),
        ["status-automations"] = ("artist", "vendor", null, "manager"),
        ["asset-instances"] = ("artist", "outsider", "artist", "outsider"),
        ["playlists"] = ("artist", "vendor", "manager", "artist"),
        ["events"] = (null, "manager", null, "manager"),
        ["notifications"] = (null, "manager", null, "manager"),
        ["search-filters"] = (null, "manager", null, "manager"),
        ["search-filter-groups"] = (null, "manager", null, "manager"),
        ["schedule-items"] = (null, "manager", "manager", "artist"),
        ["news"] = (null, "manager", null, "manager"),
        ["milestones"] = ("artist", "vendor", "manager", "artist"),
        ["metadata-descriptors"] = ("artist", "vendor", null, "manager"),
        ["subscriptions"] = (null, "manager", null, "manager"),
        ["entity-links"] = (null, "manager", null, "manager"),
        ["chats"] = (null, "manager", null, "manager"),
        ["chat-messages"] = (null, "manager", null, "manager"),
        ["preview-background-files"] = ("outsider", null, null, "manager"),
        ["studios"] = ("outsider", null, null, "manager"),
        ["salary-scales"] = (null, "manager", null, "manager"),
        ["budgets"] = (null, "manager", null, "manager"),
        ["budget-entries"] = (null, "manager", null, "manager"),
        ["plugins"] = (null, "manager", null, "manager"),
        ["production-schedule-versions"] = ("artist", "client", "manager", "artist"),
        ["production-schedule-version-task-links"] = ("artist", "client", "manager", "artist"),
    };

    public static TheoryData<string> Collections => [.. CrudRegistry.All.Select(c => c.Name)];

    private ApiClient Admin => fixture.Admin;

    [Fact]
    public void Matrix_CoversEveryCollection()
    {
        Assert.Equal(CrudRegistry.All.Select(c => c.Name).Order(), Matrix.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Read_FollowsTheMatrix(string collection)
    {
        var (allowed, refused, _, _) = Matrix[collection];
        var id = await RowAsync(collection);

        if (allowed is not null)
        {
            var (status, body) = await fixture.ClientOf(allowed).GetAsync($"/data/{collection}/{id}");
            Assert.True(status == HttpStatusCode.OK, $"{allowed} reading {collection}: {(int)status} {body?.ToJsonString()}");
        }

        if (refused is not null)
        {
            var (status, _) = await fixture.ClientOf(refused).GetAsync($"/data/{collection}/{id}");
            var (listStatus, list) = await fixture.ClientOf(refused).GetAsync($"/data/{collection}?id={id}");
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.True(listStatus == HttpStatusCode.Forbidden || list!.AsArray().Count == 0, $"{refused} lists {collection} row {id}");
        }
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Update_FollowsTheMatrix(string collection)
    {
        var (_, _, allowed, refused) = Matrix[collection];
        var id = await RowAsync(collection);
        var update = UpdateFor(collection);

        var (refusedStatus, refusedBody) = await fixture.ClientOf(refused).PutAsync($"/data/{collection}/{id}", update);
        if (allowed is not null)
        {
            var (status, body) = await fixture.ClientOf(allowed).PutAsync($"/data/{collection}/{id}", update);
            Assert.True(status == HttpStatusCode.OK, $"{allowed} updating {collection}: {(int)status} {body?.ToJsonString()}");
        }

        // ZOU: the entity PUT turns a refusal into a 400 that carries the 403 text.
        Assert.Equal(collection == "entities" ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, refusedStatus);
        Assert.True(refusedBody!["error"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("tasks")]
    [InlineData("entities")]
    [InlineData("persons")]
    [InlineData("task-status")]
    public async Task List_PagesAndFilters(string collection)
    {
        await RowAsync(collection);
        await NewRowAsync(collection);

        var all = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}");
        var first = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}?page=1&limit=1");
        var second = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}?page=2&limit=1");
        var id = all!.AsArray()[0].Id();
        var byId = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}?id={id}");
        var byList = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}?id=[\"{id}\",\"{Guid.NewGuid()}\"]");

        var total = all.AsArray().Count;
        Assert.Equal(total, first!["total"]!.GetValue<int>());
        Assert.Equal(total, first["nb_pages"]!.GetValue<int>());
        Assert.Equal(1, second!["offset"]!.GetValue<int>());
        Assert.NotEqual(first["data"]![0].Id(), Assert.Single(second["data"]!.AsArray()).Id());
        Assert.Equal(id, Assert.Single(byId!.AsArray()).Id());
        Assert.Equal(id, Assert.Single(byList!.AsArray()).Id());
    }

    /// <summary>A row of the collection in the team's project (the artist's own for persons and days off).</summary>
    private async Task<string> RowAsync(string collection)
    {
        if (!fixture.Rows.TryGetValue(collection, out var id))
        {
            fixture.Rows[collection] = id = await NewRowAsync(collection);
        }

        return id;
    }

    private async Task<string> NewRowAsync(string collection)
    {
        var world = fixture.World;
        var artist = fixture["artist"];
        JsonNode? body = collection switch
        {
            "persons" => null,
            "projects" => null,
            "salary-scales" => null,
            "day-offs" => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(new { date = $"2028-{Random.Shared.Next(1, 12):00}-{Random.Shared.Next(1, 28):00}", person_id = artist })),
            _ => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(world.SampleFor(collection).Create)),
        };

        // A vendor reads only the tasks it is assigned to.
        if (collection == "tasks")
        {
            body!["assignees"] = new JsonArray(fixture["vendor"]);
        }

        return collection switch
        {
            "persons" => artist,
            "projects" => world["project"],
            "salary-scales" => (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/salary-scales"))!.AsArray()[0].Id(),
            "production-schedule-version-task-links" => await NewLinkAsync(),
            _ => (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/{collection}", body)).Id(),
        };
    }

    /// <summary>A task link on a new task of the world's entity (a task and a version are linked once).</summary>
    private async Task<string> NewLinkAsync()
    {
        var task = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { name = Guid.NewGuid().ToString("N"), entity_id = fixture.World["entity"], task_type_id = fixture.World["task_type"] });
        return (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/production-schedule-version-task-links",
            new { production_schedule_version_id = fixture.World["schedule_version"], task_id = task.Id() })).Id();
    }

    private object UpdateFor(string collection) => collection switch
    {
        "persons" => new { phone = "0102" },
        "projects" => new { code = "PRJ" },
        "salary-scales" => new { salary = 10 },
        "day-offs" => new { description = "holiday" },
        _ => fixture.World.SampleFor(collection).Update,
    };
}
