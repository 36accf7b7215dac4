using System.Net;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>Zou's special CRUD rules for time spents, planning, asset instances, backgrounds, task types and supervisors.</summary>
public sealed class CrudSpecialRulesTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private ApiClient Admin => fixture.Admin;

    [Fact]
    public async Task TimeSpentList_DateRange_NeedsBothBounds_AndIncludesThem()
    {
        var task = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { name = Unique(), entity_id = fixture.World["entity"], task_type_id = fixture.World["task_type"] })).Id();
        foreach (var day in new[] { "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04" })
        {
            await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/time-spents", new { duration = 10, date = day, task_id = task, person_id = fixture.World["admin"] });
        }

        var onlyStart = await Admin.GetAsync("/data/time-spents?start_date=2025-05-02");
        var onlyEnd = await Admin.GetAsync("/data/time-spents?end_date=2025-05-03");
        var range = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/time-spents?task_id={task}&start_date=2025-05-02&end_date=2025-05-03");

        Assert.Equal(HttpStatusCode.BadRequest, onlyStart.Status);
        Assert.True(onlyStart.Body!["error"]!.GetValue<bool>());
        Assert.Equal("If querying for a range of dates, both a `start_date` and an `end_date` must be given.", onlyStart.Body["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, onlyEnd.Status);
        Assert.Equal(["2025-05-02", "2025-05-03"], range!.AsArray().Select(t => t!["date"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task ScheduleVersionList_WithProjectId_IsOpenToTheTeam_ElseAdminOnly()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var (client, clientId) = await fixture.Factory.PersonAsync("client");
        var (outsider, _) = await fixture.Factory.PersonAsync("user");
        var project = await Admin.ProjectAsync(artistId, clientId);
        var version = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/production-schedule-versions", new { name = "v1", project_id = project });

        var member = await artist.GetAsync($"/data/production-schedule-versions?project_id={project}");
        var unfiltered = await artist.GetAsync("/data/production-schedule-versions");
        var stranger = await outsider.GetAsync($"/data/production-schedule-versions?project_id={project}");
        var asClient = await client.GetAsync($"/data/production-schedule-versions?project_id={project}");
        var single = await artist.GetAsync($"/data/production-schedule-versions/{version.Id()}");
        var singleClient = await client.GetAsync($"/data/production-schedule-versions/{version.Id()}");

        Assert.Equal(HttpStatusCode.OK, member.Status);
        Assert.Equal(version.Id(), Assert.Single(member.Body!.AsArray()).Id());
        Assert.Equal(HttpStatusCode.Forbidden, unfiltered.Status);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.Status);
        Assert.Equal(HttpStatusCode.Forbidden, asClient.Status);
        Assert.Equal(HttpStatusCode.OK, single.Status);
        Assert.Equal(HttpStatusCode.Forbidden, singleClient.Status);
    }

    [Fact]
    public async Task ScheduleVersionTaskLinkList_WithProjectId_ShowsOnlyThatProjectsLinks()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var mine = await LinkAsync(artistId);
        var theirs = await LinkAsync();

        var listed = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/production-schedule-version-task-links?project_id={mine.Project}");
        var foreign = await artist.GetAsync($"/data/production-schedule-version-task-links?project_id={theirs.Project}");

        Assert.Equal(mine.Link, Assert.Single(listed!.AsArray()).Id());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
    }

    [Fact]
    public async Task AssetInstancePut_ByTeamMember_IsAllowed_NumberIsProtected_VendorNeedsATask()
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var (vendor, vendorId) = await fixture.Factory.PersonAsync("vendor");
        var (outsider, _) = await fixture.Factory.PersonAsync("user");
        var project = await Admin.ProjectAsync(artistId, vendorId);
        var asset = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities", new { name = Unique(), project_id = project, entity_type_id = fixture.World["asset_type"] })).Id();
        var instance = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/asset-instances", new { asset_id = asset, name = "inst", number = 1 });

        var updated = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/asset-instances/{instance.Id()}", new { description = "mine", number = 42 });
        var vendorPut = await vendor.PutAsync($"/data/asset-instances/{instance.Id()}", new { description = "vendor" });
        var outsiderPut = await outsider.PutAsync($"/data/asset-instances/{instance.Id()}", new { description = "outsider" });

        Assert.Equal("mine", updated!["description"]!.GetValue<string>());
        Assert.Equal(1, updated["number"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, vendorPut.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderPut.Status);
    }

    [Fact]
    public async Task BudgetPut_RevisionIsProtected_AndBudgetEntryPut_BudgetIdIsProtected()
    {
        var budget = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/budgets", new { project_id = fixture.World["project"], name = "B " + Unique() });
        var other = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/budgets", new { project_id = fixture.World["project"], name = "B " + Unique() });
        var entry = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/budget-entries",
            new { budget_id = budget.Id(), department_id = fixture.World["department"], start_date = "2027-01-01", months_duration = 1, daily_salary = 100.0 });

        var budgetPut = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/budgets/{budget.Id()}", new { revision = 9, currency = "EUR" });
        var entryPut = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/budget-entries/{entry.Id()}", new { budget_id = other.Id(), months_duration = 2 });

        Assert.Equal(1, budgetPut!["revision"]!.GetValue<int>());
        Assert.Equal("EUR", budgetPut["currency"]!.GetValue<string>());
        Assert.Equal(budget.Id(), entryPut!["budget_id"]!.GetValue<string>());
        Assert.Equal(2, entryPut["months_duration"]!.GetValue<int>());
    }

    [Fact]
    public async Task PreviewBackgroundFiles_NameIsUnique_AndOneDefaultAtMost()
    {
        var name = "BG " + Unique();
        var first = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-background-files", new { name, is_default = true });
        var second = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/preview-background-files", new { name = "BG " + Unique(), is_default = true });

        var duplicate = await Admin.PostAsync("/data/preview-background-files", new { name });
        var rename = await Admin.PutAsync($"/data/preview-background-files/{second.Id()}", new { name });
        var defaults = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/preview-background-files?is_default=true");
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/preview-background-files/{first.Id()}", new { is_default = true });
        var afterPut = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/preview-background-files?is_default=true");

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Equal("A preview background file with similar name already exists", duplicate.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, rename.Status);
        Assert.Equal(second.Id(), Assert.Single(defaults!.AsArray()).Id());
        Assert.Equal(first.Id(), Assert.Single(afterPut!.AsArray()).Id());
    }

    [Fact]
    public async Task TaskTypes_NameIsUnique_WhateverTheEntityKind()
    {
        var name = "Type " + Unique();
        var created = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-types", new { name, for_entity = "Shot" });
        var other = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-types", new { name = "Type " + Unique(), for_entity = "Shot" });

        var sameKind = await Admin.PostAsync("/data/task-types", new { name, for_entity = "Shot" });
        var otherKind = await Admin.PostAsync("/data/task-types", new { name, for_entity = "Asset" });
        var rename = await Admin.PutAsync($"/data/task-types/{other.Id()}", new { name });
        var unrelated = await Admin.PutAsync($"/data/task-types/{created.Id()}", new { color = "#101010" });

        Assert.Equal(HttpStatusCode.BadRequest, sameKind.Status);
        Assert.Equal("A task type with similar name already exists", sameKind.Body!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, otherKind.Status);
        Assert.Equal(HttpStatusCode.BadRequest, rename.Status);
        Assert.Equal(HttpStatusCode.OK, unrelated.Status);
    }

    [Fact]
    public async Task ScheduleItems_Duplicate_AnswersZouMessage_AndStringManDaysIsIgnored()
    {
        var project = await Admin.ProjectAsync();
        var body = new { project_id = project, task_type_id = fixture.World["task_type"] };
        var item = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/schedule-items", new { body.project_id, body.task_type_id, man_days = 4 });

        var duplicate = await Admin.PostAsync("/data/schedule-items", body);
        var put = await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/schedule-items/{item.Id()}", new { man_days = "12", start_date = "2027-02-01" });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Equal("A similar schedule item already exists", duplicate.Body!["message"]!.GetValue<string>());
        Assert.Equal(4, put!["man_days"]!.GetValue<int>());
        Assert.Equal("2027-02-01", put["start_date"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("same", true)]
    [InlineData("other", false)]
    [InlineData("none", true)]
    public async Task SupervisorWrites_FollowTheirDepartments(string department, bool allowed)
    {
        var (supervisor, supervisorId) = await fixture.Factory.PersonAsync("supervisor");
        var project = await Admin.ProjectAsync(supervisorId);
        var modeling = fixture.World["department"];
        var other = await Admin.IdOfAsync("departments", "Animation");
        if (department != "none")
        {
            await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/persons/{supervisorId}", new { departments = new[] { department == "same" ? modeling : other } });
        }

        var asset = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities", new { name = Unique(), project_id = project, entity_type_id = fixture.World["asset_type"] })).Id();
        var task = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = fixture.World["task_type"] })).Id();
        var item = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/schedule-items", new { project_id = project, task_type_id = fixture.World["task_type"] })).Id();
        var field = "look_" + Unique()[..6];
        await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/metadata-descriptors",
            new { project_id = project, entity_type = "Asset", name = "Look " + field, field_name = field, departments = new[] { modeling } });

        var taskPut = await supervisor.PutAsync($"/data/tasks/{task}", new { priority = 3 });
        var itemPut = await supervisor.PutAsync($"/data/schedule-items/{item}", new { man_days = 2 });
        var dataPut = await supervisor.PutAsync($"/data/entities/{asset}", new { data = new Dictionary<string, object> { [field] = "red" } });
        var undescribed = await supervisor.PutAsync($"/data/entities/{asset}", new { data = new { not_a_descriptor = 1 } });

        var expected = allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.Equal(expected, taskPut.Status);
        Assert.Equal(expected, itemPut.Status);

        // ZOU: the entity PUT answers a refusal with a 400 carrying the 403 text.
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.BadRequest, dataPut.Status);
        Assert.Equal(department == "none" ? HttpStatusCode.OK : HttpStatusCode.BadRequest, undescribed.Status);
    }

    [Theory]
    [InlineData("custom-actions")]
    [InlineData("status-automations")]
    [InlineData("metadata-descriptors")]
    public async Task ListAndSingleRoute_Agree(string collection)
    {
        var (artist, artistId) = await fixture.Factory.PersonAsync("user");
        var (vendor, vendorId) = await fixture.Factory.PersonAsync("vendor");
        await Admin.TeamAddAsync(fixture.World["project"], artistId);
        await Admin.TeamAddAsync(fixture.World["project"], vendorId);
        var (create, _) = fixture.World.SampleFor(collection);
        var row = await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/{collection}", create);

        var listed = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}?id={row.Id()}");
        var single = await artist.GetAsync($"/data/{collection}/{row.Id()}");
        var vendorList = await vendor.GetAsync($"/data/{collection}?id={row.Id()}");
        var vendorSingle = await vendor.GetAsync($"/data/{collection}/{row.Id()}");

        Assert.Single(listed!.AsArray());
        Assert.Equal(HttpStatusCode.OK, single.Status);
        Assert.Equal(HttpStatusCode.Forbidden, vendorList.Status);
        Assert.Equal(HttpStatusCode.Forbidden, vendorSingle.Status);
    }

    private async Task<(string Project, string Link)> LinkAsync(params string[] team)
    {
        var project = await Admin.ProjectAsync(team);
        var asset = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/entities", new { name = Unique(), project_id = project, entity_type_id = fixture.World["asset_type"] })).Id();
        var task = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = fixture.World["task_type"] })).Id();
        var version = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/production-schedule-versions", new { name = "v", project_id = project })).Id();
        var link = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/production-schedule-version-task-links", new { production_schedule_version_id = version, task_id = task })).Id();
        return (project, link);
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..12];
}
