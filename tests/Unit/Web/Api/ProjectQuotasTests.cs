using System.Net;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// A production's quota tables (<c>/data/projects/&lt;id&gt;/quotas/...</c>): frames made per day, week, month and year,
/// by person for a task type or by task type for a person, weighted by the time logged (or spread over the working
/// days when none was) or whole at the feedback request or approval.
/// </summary>
/// <remarks>
/// The artist animated SH010 (48 frames; an hour logged on Monday 2 and on Monday 9 March 2026, feedback asked on the
/// 10th) and SH020 (50 frames, no time logged, work from Monday 2 to Friday 6 March, approved on 1 April); the
/// colleague SH040 (24 frames, feedback asked on 3 March, no work-in-progress date). The callers are in Paris.
/// </remarks>
public sealed class ProjectQuotasTests(ProjectQuotasTests.World world) : IClassFixture<ProjectQuotasTests.World>
{
    [Fact]
    public async Task Weighted_ByTimeLogged_OrSpreadOverTheWorkingDays()
    {
        var table = await TableAsync("artist", "/data/projects/{project}/quotas/{animation}");
        var artist = table[world["artist"]]!;

        Assert.Equal(new Dictionary<string, int> { ["2026-03-02"] = 34, ["2026-03-03"] = 10, ["2026-03-04"] = 10, ["2026-03-05"] = 10, ["2026-03-06"] = 10, ["2026-03-09"] = 24 },
            Ints(artist["day"]!["frames"]!));
        Assert.Equal(2, artist["day"]!["count"]!["2026-03-02"]!.GetValue<int>());
        Assert.Equal(6, artist["day"]!["entries"]!["2026-03"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["2026-10"] = 74, ["2026-11"] = 24 }, Ints(artist["week"]!["frames"]!));
        Assert.Equal(98, artist["month"]!["frames"]!["2026-03"]!.GetValue<int>());
        Assert.Equal(98 / 25.0, artist["year"]!["seconds"]!["2026"]!.GetValue<double>(), 6);
        Assert.Null(artist["year"]!["entries"]);
        Assert.False(table.ContainsKey(world["colleague"]));
        Assert.Equal(98, table["total"]!["month"]!["frames"]!["2026-03"]!.GetValue<int>());
    }

    [Fact]
    public async Task Whole_AtTheFeedbackRequestOrTheApproval()
    {
        var feedback = await TableAsync("manager", "/data/projects/{project}/quotas/{animation}?count_mode=feedback");
        Assert.Equal(new Dictionary<string, int> { ["2026-03-06"] = 50, ["2026-03-10"] = 48 }, Ints(feedback[world["artist"]]!["day"]!["frames"]!));
        Assert.Equal(new Dictionary<string, int> { ["2026-03-03"] = 24 }, Ints(feedback[world["colleague"]]!["day"]!["frames"]!));
        Assert.Equal(122, feedback["total"]!["year"]!["frames"]!["2026"]!.GetValue<int>());

        var done = await TableAsync("manager", "/data/projects/{project}/quotas/{animation}?count_mode=done");
        Assert.Equal(new Dictionary<string, int> { ["2026-04-01"] = 50 }, Ints(done["total"]!["day"]!["frames"]!));
        Assert.Empty(await TableAsync("manager", "/data/projects/{project}/quotas/{layout}?count_mode=done"));
    }

    [Fact]
    public async Task APersonsQuotas_AreByTaskType()
    {
        var mine = await TableAsync("artist", "/data/projects/{project}/quotas/persons/{artist}");
        Assert.Equal(98, mine[world["animation"]]!["month"]!["frames"]!["2026-03"]!.GetValue<int>());
        Assert.Equal(3, mine.Count); // animation, layout and the total
        Assert.Equal(48 + 50, (await TableAsync("supervisor", "/data/projects/{project}/quotas/persons/{artist}?count_mode=feedback"))["total"]!["month"]!["frames"]!["2026-03"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheTeamReads_ThePersonAndTheProductionsLeadsReadAPerson_OthersAreRefused()
    {
        await world.ClientOf("outsider").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/projects/{project}/quotas/{animation}"));
        await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/projects/{project}/quotas/persons/{artist}"));
        await world.ClientOf("outside-manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/projects/{project}/quotas/persons/{artist}"));
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/projects/{project}/quotas/persons/{artist}"));
    }

    [Fact]
    public async Task BadModesAndIds_Are4xx()
    {
        var (status, body) = await world.ClientOf("artist").SendAsync(HttpMethod.Get, world.Path("/data/projects/{project}/quotas/{animation}?count_mode=all"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("count_mode must be equal to weighted, weigtheddone, feedback, or done", body!["message"]!.GetValue<string>());
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, world.Path($"/data/projects/{Guid.NewGuid()}/quotas/{{animation}}"));
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/projects/{project}/quotas/animation"));
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/projects/{project}/quotas/persons/nobody"));
    }

    private async Task<JsonObject> TableAsync(string caller, string path) =>
        (await world.ClientOf(caller).ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path(path)))!.AsObject();

    private static Dictionary<string, int> Ints(JsonNode node) => node.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>());

    public sealed class World : StudioWorld
    {
        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("outside-manager", Roles.Manager)
            .Person("supervisor", Roles.Supervisor)
            .Person("artist", Roles.User)
            .Person("colleague", Roles.User)
            .Person("outsider", Roles.User)
            .Project("project", "manager", "supervisor", "artist", "colleague")
            .Project("other", "outside-manager")
            .TaskType("animation", "Animation", "Shot")
            .TaskType("layout", "Layout", "Shot")
            .Sequence("sq01", "SQ01")
            .Shot("sh010", "SH010", "sq01", new { nb_frames = 48 })
            .Shot("sh020", "SH020", "sq01", new { nb_frames = 50 })
            .Shot("sh030", "SH030", "sq01", new { nb_frames = 30 })
            .Shot("sh040", "SH040", "sq01", new { nb_frames = 24 })
            .Task("sh010/animation", "sh010", "animation", "artist")
            .Task("sh020/animation", "sh020", "animation", "artist")
            .Task("sh030/animation", "sh030", "animation", "artist")
            .Task("sh040/animation", "sh040", "animation", "colleague")
            .Task("sh030/layout", "sh030", "layout", "artist")
            .Post("t1", "/actions/tasks/{sh010/animation}/time-spents/2026-03-02/persons/{artist}", new { duration = 60 })
            .Post("t2", "/actions/tasks/{sh010/animation}/time-spents/2026-03-09/persons/{artist}", new { duration = 60 })
            .Update("sh010/animation", "tasks", new { real_start_date = "2026-03-02T09:00:00", end_date = "2026-03-10T10:00:00" })
            .Update("sh020/animation", "tasks", new { real_start_date = "2026-03-02T09:00:00", end_date = "2026-03-06T17:00:00", done_date = "2026-04-01T10:00:00" })
            .Update("sh030/animation", "tasks", new { real_start_date = "2026-03-02T09:00:00" })
            .Update("sh040/animation", "tasks", new { end_date = "2026-03-03T10:00:00" })
            .Update("sh030/layout", "tasks", new { real_start_date = "2026-02-02T09:00:00", end_date = "2026-02-03T17:00:00" });
    }
}
