using System.Net;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Persons;
using Studio.Domain.Tasks;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The time-spent actions on a task: an assignee logs their own days, a manager of the production anyone assigned's;
/// the task's duration is the sum; bad dates and durations are 400s.
/// </summary>
public sealed class TaskTimeSpentsTests(TaskTimeSpentsTests.World world) : IClassFixture<TaskTimeSpentsTests.World>
{
    [Fact]
    public async Task AnAssignee_LogsTheirDays_AndTheTasksDurationIsTheSum()
    {
        var task = await world.NewTaskAsync();
        var artist = world.ClientOf("artist");
        var day = $"/actions/tasks/{task}/time-spents/2026-03-02/persons/{world["artist"]}";

        var set = await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, day, new { duration = 120 });
        Assert.Equal("TimeSpent", set!["type"]!.GetValue<string>());
        Assert.Equal("2026-03-02", set["date"]!.GetValue<string>());
        await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, day + "/add", new { duration = "30" });
        await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/actions/tasks/{task}/time-spents/2026-3-3/persons/{world["artist"]}", new { duration = 60.5 });

        var all = (await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/actions/tasks/{task}/time-spents"))!.AsObject();
        Assert.Equal(210.5, all["total"]!.GetValue<double>());
        Assert.Equal([150.0, 60.5], all[world["artist"]]!.AsArray().Select(t => t!["duration"]!.GetValue<double>()));
        var oneDay = (await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/actions/tasks/{task}/time-spents/2026-03-03"))!.AsObject();
        Assert.Equal(60.5, oneDay["total"]!.GetValue<double>());
        Assert.Single(oneDay[world["artist"]]!.AsArray());
        Assert.Equal(210.5, await world.DurationAsync(task));

        // Setting replaces the day's time; removing it takes it out of the sum.
        await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, day, new { duration = 45 });
        Assert.Equal(105.5, await world.DurationAsync(task));
        var removed = await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Delete, day);
        Assert.Equal(0, removed!["duration"]!.GetValue<double>());
        Assert.Equal(60.5, await world.DurationAsync(task));
        await artist.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Delete, day);

        // The last day they logged (the other tests of this class log earlier days).
        Assert.Equal(new DateOnly(2026, 3, 3), await world.DbAsync(db => db.Set<Person>().Where(p => p.Id == world.Id("artist")).Select(p => p.LastPresence).SingleAsync()));
    }

    [Fact]
    public async Task AManagerOfTheProduction_LogsForAnAssignee_OthersAreRefused()
    {
        var task = await world.NewTaskAsync();
        var path = $"/actions/tasks/{task}/time-spents/2026-02-27/persons/{world["artist"]}";

        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { duration = 60 });
        await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, path, new { duration = 60 });
        await world.ClientOf("outside-manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, path, new { duration = 60 });
        await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, path);

        // Only an assignee's time is logged, even by a manager or an administrator.
        var unassigned = $"/actions/tasks/{task}/time-spents/2026-03-04/persons/{world["colleague"]}";
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, unassigned, new { duration = 60 });
        await world.Admin.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, unassigned, new { duration = 60 });
        await world.ClientOf("outside-manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/actions/tasks/{task}/time-spents");
        Assert.Equal(60, await world.DurationAsync(task));
    }

    [Fact]
    public async Task TheSupervisorOfTheTasksDepartment_LogsForAnAssignee_AnotherDepartmentsIsRefused()
    {
        var task = await world.NewTaskAsync();
        var path = $"/actions/tasks/{task}/time-spents/2026-02-20/persons/{world["artist"]}";

        await world.ClientOf("rigging-lead").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, path, new { duration = 60 });
        await world.ClientOf("modeling-lead").ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, new { duration = 60 });
        await world.ClientOf("rigging-lead").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, path);
        Assert.Equal(60, await world.DurationAsync(task));
        await world.ClientOf("modeling-lead").ExpectAsync(HttpStatusCode.Created, HttpMethod.Delete, path);
        Assert.Equal(0, await world.DurationAsync(task));
    }

    [Fact]
    public async Task BadDatesDurationsAndIds_Are4xx_AndWriteNothing()
    {
        var task = await world.NewTaskAsync();
        var artist = world.ClientOf("artist");
        var person = world["artist"];

        var (status, body) = await artist.SendAsync(HttpMethod.Post, $"/actions/tasks/{task}/time-spents/03-02-2026/persons/{person}", new { duration = 60 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid date format.", body!["message"]!.GetValue<string>());
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"/actions/tasks/{task}/time-spents/2026-02-30");
        foreach (var bad in new object[] { new { }, new { duration = 0 }, new { duration = -5 }, new { duration = "an hour" } })
        {
            var (badStatus, error) = await artist.SendAsync(HttpMethod.Post, $"/actions/tasks/{task}/time-spents/2026-03-02/persons/{person}", bad);
            Assert.Equal(HttpStatusCode.BadRequest, badStatus);
            Assert.Equal("duration", error!["data"]!["errors"]![0]!["field"]!.GetValue<string>());
        }

        await artist.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/actions/tasks/{Guid.NewGuid()}/time-spents/2026-03-02/persons/{person}", new { duration = 60 });
        await artist.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/actions/tasks/{task}/time-spents/2026-03-02/persons/{Guid.NewGuid()}", new { duration = 60 });
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/actions/tasks/not-an-id/time-spents/2026-03-02/persons/{person}", new { duration = 60 });
        Assert.Equal(0, await world.DurationAsync(task));
    }

    [Fact]
    public async Task TimeLoggedThroughThePersonAndUserRoutes_FollowsTheSameRules()
    {
        var task = await world.NewTaskAsync();
        var artist = world.ClientOf("artist");

        var mine = await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/time-spents", new { task_id = task, date = "2026-02-16", duration = 90 });
        Assert.Equal(world["artist"], mine!["person_id"]!.GetValue<string>());
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/persons/{world["artist"]}/time-spents",
            new { task_id = task, date = "2026-02-17", duration = 30 });
        Assert.Equal(120, await world.DurationAsync(task));

        // Refused: a colleague logging for the artist, an outside manager, anybody for a person not assigned.
        await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/data/persons/{world["artist"]}/time-spents",
            new { task_id = task, date = "2026-02-18", duration = 30 });
        await world.ClientOf("outside-manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/data/persons/{world["artist"]}/time-spents",
            new { task_id = task, date = "2026-02-18", duration = 30 });
        await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, "/data/user/time-spents", new { task_id = task, date = "2026-02-18", duration = 30 });

        // Bad input: every field named at once, a bad date, a malformed or unknown task.
        var (status, error) = await artist.SendAsync(HttpMethod.Post, "/data/user/time-spents", new { });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["task_id", "date", "duration"], error!["data"]!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/data/user/time-spents", new { task_id = task, date = "16/02/2026", duration = 30 });
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/data/user/time-spents", new { task_id = "nope", date = "2026-02-18", duration = 30 });
        await artist.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, "/data/user/time-spents", new { task_id = Guid.NewGuid(), date = "2026-02-18", duration = 30 });
        Assert.Equal(120, await world.DurationAsync(task));
    }

    public sealed class World : StudioWorld
    {
        /// <summary>A new task of the production, assigned to the artist.</summary>
        public async Task<string> NewTaskAsync()
        {
            var name = "asset-" + Guid.NewGuid().ToString("N")[..6];
            await AddAsync(w => w.Asset(name, "character", name).Task(name + "/modeling", name, "modeling", "artist"));
            return this[name + "/modeling"];
        }

        public Task<double?> DurationAsync(string task) =>
            DbAsync(db => db.Set<ProductionTask>().Where(t => t.Id == Guid.Parse(task)).Select(t => t.Duration).SingleAsync());

        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("outside-manager", Roles.Manager)
            .Person("artist", Roles.User)
            .Person("colleague", Roles.User)
            .Person("modeling-lead", Roles.Supervisor)
            .Person("rigging-lead", Roles.Supervisor)
            .Project("project", "manager", "artist", "colleague", "modeling-lead", "rigging-lead")
            .Row("modeling-dept", "departments", new { name = "Modeling team", color = "#111111" })
            .Row("rigging-dept", "departments", new { name = "Rigging team", color = "#222222" })
            .Update("modeling-lead", "persons", new { departments = new[] { "{modeling-dept}" } })
            .Update("rigging-lead", "persons", new { departments = new[] { "{rigging-dept}" } })
            .AssetType("character", "Character")
            .TaskType("modeling", "Modeling")
            .Update("modeling", "task-types", new { department_id = "{modeling-dept}" });
    }
}
