using System.Net;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Timesheets;
using Studio.Tests.Unit.Builders;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// Reading logged time: tables of everybody's time (by year, month, ISO week, day), one person's time per task and
/// as rows, an entity's and a production's, and days off; each scoped as Zou scopes it (administrators everything,
/// managers their productions, supervisors their departments there, anybody else their own).
/// </summary>
/// <remarks>
/// The artist logged 60 and 120 minutes on the chair's modeling (5 and 6 January 2026), 30 on SH010's animation (10
/// February) and 240 on the mug's modeling in another production (5 January); the colleague 90 on the desk's modeling
/// on 31 December 2025, which is in ISO week 1 of 2026.
/// </remarks>
public sealed class PersonTimeTests(PersonTimeTests.World world) : IClassFixture<PersonTimeTests.World>
{
    [Fact]
    public async Task AnAdministrator_ReadsEverybodysTables_ByYearMonthWeekAndDay()
    {
        string artist = world["artist"], colleague = world["colleague"];

        Assert.Equal(Table(("2025", colleague, 90), ("2026", artist, 450)), await TableAsync("admin", "/data/persons/time-spents/year-table"));
        Assert.Equal(Table(("1", artist, 420), ("2", artist, 30)), await TableAsync("admin", "/data/persons/time-spents/month-table/2026"));
        Assert.Equal(Table(("12", colleague, 90)), await TableAsync("admin", "/data/persons/time-spents/month-table/2025"));
        Assert.Equal(Table(("1", colleague, 90)), await TableAsync("admin", "/data/persons/time-spents/week-table/2025"));
        Assert.Equal(Table(("2", artist, 420), ("7", artist, 30)), await TableAsync("admin", "/data/persons/time-spents/week-table/2026"));
        Assert.Equal(Table(("5", artist, 300), ("6", artist, 120)), await TableAsync("admin", "/data/persons/time-spents/day-table/2026/1"));
        Assert.Equal(Table(("1", artist, 180), ("2", artist, 30)), await TableAsync("admin", world.Path("/data/persons/time-spents/month-table/2026?project_id={project}")));
        Assert.Equal(Table(("1", artist, 420)), await TableAsync("admin", world.Path("/data/persons/time-spents/month-table/2026?department_id={modeling-dept}")));
    }

    [Fact]
    public async Task ManagersReadTheirProductions_SupervisorsTheirDepartments_OthersTheirOwnTime()
    {
        string artist = world["artist"], colleague = world["colleague"];

        Assert.Equal(Table(("1", artist, 180), ("2", artist, 30)), await TableAsync("manager", "/data/persons/time-spents/month-table/2026"));
        Assert.Equal(Table(("2025", colleague, 90), ("2026", artist, 210)), await TableAsync("manager", "/data/persons/time-spents/year-table"));
        Assert.Equal(Table(("1", artist, 180)), await TableAsync("supervisor", "/data/persons/time-spents/month-table/2026"));
        Assert.Equal(Table(("2026", artist, 450)), await TableAsync("artist", "/data/persons/time-spents/year-table"));
        Assert.Equal(Table(("2025", colleague, 90)), await TableAsync("colleague", "/data/persons/time-spents/year-table"));
        Assert.Equal(Table(), await TableAsync("client", "/data/persons/time-spents/year-table"));

        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/time-spents/year-table?project_id={other}"));
        var (status, body) = await world.ClientOf("supervisor").SendAsync(HttpMethod.Get, world.Path("/data/persons/time-spents/year-table?department_id={animation-dept}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Supervisor not allowed to access this department", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task APersonsTimePerTask_OverADayWeekMonthOrYear_WithTheNamesATimesheetShows()
    {
        var artist = world.ClientOf("artist");

        var month = (await TotalsAsync(artist, "/data/persons/{artist}/time-spents/month/2026/1")).OrderBy(t => t["entity_name"]!.GetValue<string>()).ToList();
        Assert.Equal([("Chair", 180.0), ("Mug", 240.0)], month.Select(t => (t["entity_name"]!.GetValue<string>(), t["duration"]!.GetValue<double>())));
        var chair = month[0];
        Assert.Equal(world["chair/modeling"], chair["task_id"]!.GetValue<string>());
        Assert.Equal(world["modeling"], chair["task_type_id"]!.GetValue<string>());
        Assert.Equal(world["project"], chair["project_id"]!.GetValue<string>());
        Assert.Equal("Character", chair["entity_type_name"]!.GetValue<string>());
        Assert.Null(chair["sequence_name"]);

        var shot = Assert.Single(await TotalsAsync(artist, "/data/persons/{artist}/time-spents/year/2026?project_id={project}"), t => t["entity_name"]!.GetValue<string>() == "SH010");
        Assert.Equal("SQ01", shot["sequence_name"]!.GetValue<string>());
        Assert.Equal(30, shot["duration"]!.GetValue<double>());
        Assert.Equal(180.0 + 240.0, (await TotalsAsync(artist, "/data/persons/{artist}/time-spents/week/2026/2")).Sum(t => t["duration"]!.GetValue<double>()));
        Assert.Equal([60.0, 240.0], (await TotalsAsync(artist, "/data/persons/{artist}/time-spents/day/2026/1/5")).Select(t => t["duration"]!.GetValue<double>()).Order());
        Assert.Equal([90.0], (await TotalsAsync(world.Admin, "/data/persons/{colleague}/time-spents/week/2026/1")).Select(t => t["duration"]!.GetValue<double>()));

        // A manager sees the time on their productions, a supervisor on their departments' task types there.
        Assert.Equal(["Chair", "SH010"], (await TotalsAsync(world.ClientOf("manager"), "/data/persons/{artist}/time-spents/year/2026")).Select(t => t["entity_name"]!.GetValue<string>()));
        Assert.Equal(["Chair"], (await TotalsAsync(world.ClientOf("supervisor"), "/data/persons/{artist}/time-spents/year/2026")).Select(t => t["entity_name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task APersonsTime_IsRefusedToOtherArtistsAndClients_AndBadPeriodsAre400s()
    {
        foreach (var caller in new[] { "colleague", "client", "vendor" })
        {
            await world.ClientOf(caller).ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/{artist}/time-spents/month/2026/1"));
        }

        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/{artist}/time-spents/month/2026/1?project_id={other}"));
        foreach (var bad in new[] { "month/2026/13", "month/2026/x", "week/2026/54", "week/2026/0", "day/2026/2/30", "year/abc" })
        {
            await world.ClientOf("artist").ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{artist}/time-spents/" + bad));
        }

        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/persons/time-spents/month-table/twenty");
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/persons/time-spents/day-table/2026/13");
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/persons/time-spents/year-table?project_id=nope");
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/data/persons/{Guid.NewGuid()}/time-spents/year/2026");
        await world.Admin.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/{bot}/time-spents/year/2026"));
    }

    [Fact]
    public async Task APersonsTimeSpentRows_ForADayAMonthOrARange()
    {
        var day = world.Path("/data/persons/{artist}/time-spents/2026-01-05");
        Assert.Equal(2, (await world.ClientOf("artist").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, day))!.AsArray().Count);
        Assert.Equal(60, Assert.Single((await world.ClientOf("manager").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, day))!.AsArray())!["duration"]!.GetValue<double>());
        await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, day);
        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{artist}/time-spents/2026-13-05"));

        var monthRows = world.Path("/data/persons/{artist}/time-spents/month/all/2026/1");
        Assert.Equal(["2026-01-05", "2026-01-05", "2026-01-06"], (await world.ClientOf("artist").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, monthRows))!.AsArray()
            .Select(t => t!["date"]!.GetValue<string>()));
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, monthRows);
        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{artist}/time-spents/month/all/2026/13"));
        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{artist}/time-spents/month/all/2026/january"));

        // Every row of a person, or a range of days (both ends included), is for administrators.
        var all = world.Path("/data/persons/{artist}/time-spents");
        Assert.Equal(4, (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, all))!.AsArray().Count);
        Assert.Equal(2, (await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, all + "?start_date=2026-01-06&end_date=2026-02-10"))!.AsArray().Count);
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, all + "?start_date=2026-01-06");
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, all + "?start_date=yesterday&end_date=2026-02-10");
        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, all);
    }

    [Fact]
    public async Task TheCallersOwnTime_AndDayOff_ThroughTheUserRoutes()
    {
        var artist = world.ClientOf("artist");
        Assert.Equal(4, (await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/time-spents"))!.AsArray().Count);
        Assert.Equal(["2026-01-06", "2026-02-10"], (await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/time-spents?start_date=2026-01-06&end_date=2026-02-28"))!
            .AsArray().Select(t => t!["date"]!.GetValue<string>()));
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/user/time-spents?end_date=2026-02-28");
        Assert.Equal(2, (await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/time-spents/2026-01-05"))!.AsArray().Count);
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/user/time-spents/yesterday");

        var one = (await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/user/tasks/{chair/modeling}/time-spents/2026-01-06")))!;
        Assert.Equal(120, one["duration"]!.GetValue<double>());
        Assert.Null(await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/user/tasks/{chair/modeling}/time-spents/2026-01-07")));

        // Nobody reads another's through these routes: the colleague's own day off, the artist's none.
        Assert.Equal(world["spring-break"], (await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/day-offs/2026-03-03"))!["id"]!.GetValue<string>());
        Assert.Empty((await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/day-offs/2026-03-03"))!.AsObject());
        Assert.Null(await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/user/tasks/{chair/modeling}/time-spents/2026-01-06")));
    }

    [Fact]
    public async Task TheTeamSheet_ListsThePeopleOverseen_WithTheirTimeByDayOrMonth()
    {
        Task<TeamSheet> SheetAsync(string who, TeamSheetSpan span, DateOnly day, Guid? department = null) =>
            world.InScopeAsync<TimesheetService, TeamSheet>(s => s.TeamAsync(world.ActorOf(who), span, day, null, department, CancellationToken.None));
        Guid artist = world.Id("artist"), colleague = world.Id("colleague");
        var january = new DateOnly(2026, 1, 15);

        var month = await SheetAsync("admin", TeamSheetSpan.Month, january);
        Assert.Equal(31, month.Columns.Count);
        Assert.Equal(300, month.MinutesOf(artist, new DateOnly(2026, 1, 5)));
        Assert.Equal(420, month.PersonTotal(artist));
        Assert.Contains(month.People, p => p.Id == colleague);
        Assert.DoesNotContain(month.People, p => p.Id == world.Id("bot"));

        var year = await SheetAsync("admin", TeamSheetSpan.Year, january);
        Assert.Equal(12, year.Columns.Count);
        Assert.Equal([420.0, 30.0], [year.MinutesOf(artist, new DateOnly(2026, 1, 1)), year.MinutesOf(artist, new DateOnly(2026, 2, 1))]);

        // A supervisor: the people of their departments and anyone with time on those departments' tasks.
        var supervised = await SheetAsync("supervisor", TeamSheetSpan.Month, january);
        Assert.Equal(new[] { world.Id("supervisor"), artist }.Order(), supervised.People.Select(p => p.Id).Order());
        Assert.Equal(180, supervised.Total);

        // A manager: their productions only; a week is its seven days.
        var week = await SheetAsync("manager", TeamSheetSpan.Week, new DateOnly(2026, 1, 7));
        Assert.Equal(new DateOnly(2026, 1, 5), week.Columns[0]);
        Assert.Equal(7, week.Columns.Count);
        Assert.Equal(180, week.Total);
        Assert.DoesNotContain(week.People, p => p.Id == world.Id("outsider"));

        // Anybody else: their own line.
        var own = await SheetAsync("artist", TeamSheetSpan.Month, january);
        Assert.Equal([artist], own.People.Select(p => p.Id));
        Assert.Equal(420, own.Total);
    }

    [Fact]
    public async Task AnEntitysAndAProductionsTime_ForItsStaff_NotItsClients()
    {
        var chair = world.Path("/data/entities/{chair}/time-spents");
        Assert.Equal(["2026-01-06", "2026-01-05"], (await world.ClientOf("manager").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, chair))!.AsArray()
            .Select(t => t!["date"]!.GetValue<string>()));
        await world.ClientOf("client").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, chair);
        await world.ClientOf("outsider").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, chair);
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/data/entities/{Guid.NewGuid()}/time-spents");

        var project = world.Path("/data/projects/{project}/time-spents");
        Assert.Equal(4, (await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, project))!.AsArray().Count);
        Assert.Empty((await world.ClientOf("vendor").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, project))!.AsArray());
        await world.ClientOf("client").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, project);
        await world.ClientOf("outsider").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, project);
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/projects/nope/time-spents");
    }

    [Fact]
    public async Task DaysOff_ByDateWeekMonthYear_ForThePersonAndAdministrators()
    {
        var colleague = world.ClientOf("colleague");
        async Task<int> CountAsync(ApiClient client, string path) => (await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path(path)))!.AsArray().Count;

        var covering = (await colleague.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/persons/{colleague}/day-offs/2026-03-04")))!.AsObject();
        Assert.Equal(world["spring-break"], covering["id"]!.GetValue<string>());
        Assert.Empty((await colleague.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/persons/{colleague}/day-offs/2026-03-07")))!.AsObject());
        Assert.Equal(1, await CountAsync(colleague, "/data/persons/{colleague}/day-offs/week/2026/10"));
        Assert.Equal(1, await CountAsync(colleague, "/data/persons/{colleague}/day-offs/week/2026/14"));
        Assert.Equal(0, await CountAsync(colleague, "/data/persons/{colleague}/day-offs/week/2026/11"));
        Assert.Equal(2, await CountAsync(colleague, "/data/persons/{colleague}/day-offs/month/2026/3"));
        Assert.Equal(1, await CountAsync(colleague, "/data/persons/{colleague}/day-offs/month/2026/4"));
        Assert.Equal(2, await CountAsync(colleague, "/data/persons/{colleague}/day-offs/year/2026"));
        Assert.Equal(2, await CountAsync(world.Admin, "/data/persons/{colleague}/day-offs"));

        // The month of everybody is the administrator's; anybody else reads their own days in it.
        Assert.Equal(2, await CountAsync(colleague, "/data/persons/day-offs/2026/3"));
        Assert.Equal(0, await CountAsync(world.ClientOf("artist"), "/data/persons/day-offs/2026/3"));
        Assert.True(await CountAsync(world.Admin, "/data/persons/day-offs/2026/3") >= 2);

        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/{colleague}/day-offs"));
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/{colleague}/day-offs/2026-03-04"));
        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{colleague}/day-offs/week/2026/60"));
        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{colleague}/day-offs/2026-13-01"));
        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/persons/day-offs/2026/0");
    }

    [Fact]
    public async Task AProductionsCalendar_ShowsItsTeamsDaysOff_TheReasonToManagersAndItsOwnerOnly()
    {
        var march = world.Path("/data/projects/{project}/day-offs?start_date=2026-03-01&end_date=2026-03-31");
        async Task<System.Text.Json.Nodes.JsonArray> OffAsync(string caller, string path) =>
            (await world.ClientOf(caller).ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path))![world["colleague"]]!.AsArray();

        Assert.Equal(["Family", null], (await OffAsync("manager", march)).Select(d => d!["description"]?.GetValue<string>()));
        Assert.Equal("Family", (await OffAsync("colleague", march))[0]!["description"]!.GetValue<string>());
        var forArtist = await OffAsync("artist", march);
        Assert.Equal(2, forArtist.Count);
        Assert.False(forArtist[0]!.AsObject().ContainsKey("description"));
        Assert.Equal([world["easter"]], (await OffAsync("artist", world.Path("/data/projects/{project}/day-offs?start_date=2026-04-01&end_date=2026-04-30"))).Select(d => d!["id"]!.GetValue<string>()));

        await world.ClientOf("client").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, march);
        await world.ClientOf("outsider").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, march);
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/projects/{project}/day-offs?start_date=March"));
    }

    [Fact]
    public async Task APersonsTasks_InTheProductionsTheCallerShares()
    {
        async Task<string[]> NamesAsync(string caller, string path) =>
            [.. (await world.ClientOf(caller).ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path(path)))!.AsArray().Select(t => t!["entity_name"]!.GetValue<string>()).Order()];

        Assert.Equal(["Chair", "Mug", "SH010"], await NamesAsync("artist", "/data/persons/{artist}/tasks"));
        Assert.Equal(["Chair", "Mug", "SH010"], await NamesAsync("admin", "/data/persons/{artist}/tasks"));
        Assert.Equal(["Chair", "SH010"], await NamesAsync("manager", "/data/persons/{artist}/tasks"));
        Assert.Empty(await NamesAsync("client", "/data/persons/{artist}/tasks"));
        Assert.Empty(await NamesAsync("manager", "/data/persons/{artist}/done-tasks"));
        await world.ClientOf("vendor").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/{artist}/tasks"));
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/data/persons/{Guid.NewGuid()}/done-tasks");
    }

    private static Dictionary<string, Dictionary<string, double>> Table(params (string Unit, string Person, double Minutes)[] cells) =>
        cells.GroupBy(c => c.Unit).ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Person, c => c.Minutes));

    private async Task<Dictionary<string, Dictionary<string, double>>> TableAsync(string caller, string path)
    {
        var table = (await world.ClientOf(caller).ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, path))!.AsObject();
        return table.ToDictionary(u => u.Key, u => u.Value!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<double>()));
    }

    private async Task<List<JsonNode>> TotalsAsync(ApiClient client, string path) =>
        [.. (await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path(path)))!.AsArray().Select(t => t!)];

    public sealed class World : StudioWorld
    {
        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("supervisor", Roles.Supervisor)
            .Person("artist", Roles.User)
            .Person("colleague", Roles.User)
            .Person("client", Roles.Client)
            .Person("vendor", Roles.Vendor)
            .Person("outsider", Roles.User)
            .Person("bot", Roles.User)
            .Update("bot", "persons", new { is_bot = true })
            .Project("project", "manager", "supervisor", "artist", "colleague", "client", "vendor")
            .Project("other", "artist")
            .Row("modeling-dept", "departments", new { name = "Modeling team", color = "#111111" })
            .Row("animation-dept", "departments", new { name = "Animation team", color = "#222222" })
            .Update("supervisor", "persons", new { departments = new[] { "{modeling-dept}" } })
            .AssetType("character", "Character")
            .TaskType("modeling", "Modeling")
            .TaskType("animation", "Animation", "Shot")
            .Update("modeling", "task-types", new { department_id = "{modeling-dept}" })
            .Update("animation", "task-types", new { department_id = "{animation-dept}" })
            .Asset("chair", "character", "Chair")
            .Asset("desk", "character", "Desk")
            .Asset("mug", "character", "Mug", project: "other")
            .Sequence("sq01", "SQ01")
            .Shot("sh010", "SH010", "sq01")
            .Task("chair/modeling", "chair", "modeling", "artist")
            .Task("desk/modeling", "desk", "modeling", "colleague")
            .Task("mug/modeling", "mug", "modeling", "artist")
            .Task("sh010/animation", "sh010", "animation", "artist")
            .Post("t1", "/actions/tasks/{chair/modeling}/time-spents/2026-01-05/persons/{artist}", new { duration = 60 })
            .Post("t2", "/actions/tasks/{chair/modeling}/time-spents/2026-01-06/persons/{artist}", new { duration = 120 })
            .Post("t3", "/actions/tasks/{sh010/animation}/time-spents/2026-02-10/persons/{artist}", new { duration = 30 })
            .Post("t4", "/actions/tasks/{mug/modeling}/time-spents/2026-01-05/persons/{artist}", new { duration = 240 })
            .Post("t5", "/actions/tasks/{desk/modeling}/time-spents/2025-12-31/persons/{colleague}", new { duration = 90 })
            .Row("spring-break", "day-offs", new { date = "2026-03-02", end_date = "2026-03-06", person_id = "{colleague}", description = "Family" })
            .Row("easter", "day-offs", new { date = "2026-03-30", end_date = "2026-04-02", person_id = "{colleague}" });
    }
}
