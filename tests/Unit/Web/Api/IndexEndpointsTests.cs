using System.Net;
using Studio.Domain.Crud;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>API identity, status, conventions shared by every route, and the OpenAPI document.</summary>
public sealed class IndexEndpointsTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task Root_AnswersZouIdentity_WithoutToken()
    {
        var body = await fixture.Factory.Anonymous().ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/");

        Assert.Equal("""{"api":"Zou","version":"1.0.67"}""", body!.ToJsonString());
    }

    [Fact]
    public async Task Status_IsPublic_AndNamesZou()
    {
        var status = await fixture.Factory.Anonymous().ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/status");

        Assert.True(status!["database-up"]!.GetValue<bool>());
        Assert.Equal("Zou", status["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task TestEvent_IsPublic_AndStoredAsAnEvent()
    {
        await fixture.Factory.Anonymous().ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/status/test-event");

        var events = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=main:test");

        Assert.NotEmpty(events!.AsArray());
    }

    [Fact]
    public async Task Writes_AreRecordedAsZouEvents()
    {
        var created = await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-status", new { name = "Event probe", short_name = "evprobe", color = "#000000" });

        var events = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/events?name=task-status:new");

        Assert.Contains(events!.AsArray(), e => e!["data"]!["task_status_id"]!.GetValue<string>() == created.Id());
    }

    [Fact]
    public async Task UnknownRoute_AnswersJson404()
    {
        var (status, body) = await fixture.Admin.GetAsync("/no/such/route");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.True(body!["error"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TrailingSlash_IsAccepted()
    {
        var (status, _) = await fixture.Admin.GetAsync("/data/projects/");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task BooleanFilters_AcceptPythonSpelling()
    {
        var upper = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?is_done=True");
        var lower = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?is_done=false");

        Assert.All(upper!.AsArray(), s => Assert.True(s!["is_done"]!.GetValue<bool>()));
        Assert.All(lower!.AsArray(), s => Assert.False(s!["is_done"]!.GetValue<bool>()));
        Assert.NotEmpty(upper.AsArray());
    }

    [Fact]
    public async Task Filters_NameIsCaseInsensitive_ListsAndErrors()
    {
        var byName = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?name=TODO");
        var ids = byName!.AsArray().Select(s => s.Id()).ToList();
        var inList = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/task-status?id=[\"{ids[0]}\"]");
        var malformed = await fixture.Admin.GetAsync("/data/task-status?id=[oops");
        var badUuid = await fixture.Admin.GetAsync("/data/tasks?project_id=nope");
        var byRelation = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons?departments={Guid.NewGuid()}");
        var department = fixture.World["department"];
        var member = await fixture.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons",
            new { first_name = "Dept", last_name = "Member", email = $"dept-{Guid.NewGuid():N}@example.com", departments = new[] { department } });
        var inDepartment = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/persons?departments={department}");

        Assert.Single(byName.AsArray());
        Assert.Equal(ids[0], Assert.Single(inList!.AsArray()).Id());
        Assert.Equal("Malformed list filter for field id.", malformed.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, badUuid.Status);
        Assert.Empty(byRelation!.AsArray());
        Assert.Equal([department], member!["departments"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(member.Id(), Assert.Single(inDepartment!.AsArray()).Id());
    }

    [Fact]
    public async Task Pagination_ReturnsZouEnvelope_AndFieldsKeepIdAndType()
    {
        var page = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?page=1&limit=2");
        var fields = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status?fields=name");
        var badPage = await fixture.Admin.GetAsync("/data/task-status?page=x");

        Assert.Equal(2, page!["data"]!.AsArray().Count);
        Assert.Equal(2, page["limit"]!.GetValue<int>());
        Assert.Equal(0, page["offset"]!.GetValue<int>());
        Assert.True(page["total"]!.GetValue<int>() >= 9);
        Assert.Equal(["id", "name", "type"], fields!.AsArray()[0]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal("page must be an integer.", badPage.Body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_DeclaresEveryMappedCrudRouteWithASummary()
    {
        var document = await fixture.Factory.Anonymous().ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/openapi.json");
        var paths = document!["paths"]!.AsObject();

        foreach (var collection in CrudRegistry.All)
        {
            Assert.True(paths.ContainsKey($"/api/data/{collection.Name}"), collection.Name);
            Assert.NotNull(paths[$"/api/data/{collection.Name}"]!["get"]!["summary"]);
        }

        Assert.True(paths.ContainsKey("/api/auth/login"));
        Assert.True(paths.ContainsKey("/api/status/test-event"));
    }

    [Fact]
    public async Task InitData_SeedsZouDefaults()
    {
        var statuses = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status");
        var types = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types");
        var entityTypes = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/entity-types");
        var projectStatuses = await fixture.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/project-status");

        Assert.Contains(statuses!.AsArray(), s => s!["short_name"]!.GetValue<string>() == "wfa" && s["is_feedback_request"]!.GetValue<bool>());
        Assert.Contains(statuses.AsArray(), s => s!["short_name"]!.GetValue<string>() == "retake" && s["is_retake"]!.GetValue<bool>());
        Assert.True(types!.AsArray().Count >= 13);
        Assert.Contains(entityTypes!.AsArray(), t => t!["name"]!.GetValue<string>() == "Shot");
        Assert.Equal(["Closed", "Open"], projectStatuses!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Order());
    }
}
