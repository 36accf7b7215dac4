using System.Net;
using Studio.Domain.Common;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The shots that count towards a person's quota (<c>/data/persons/&lt;id&gt;/quota-shots/...</c>): weighted by the time
/// logged, or by working days when none was; or whole at the feedback request or the approval; for the person and the
/// production's managers.
/// </summary>
/// <remarks>
/// In March 2026 the artist animated SH010 (an hour logged on Monday 2 and on Monday 9 March, feedback asked on the
/// 10th) and SH020 (no time logged, work from Monday 2 to Friday 6, approved on 1 April); SH030 is still in progress.
/// The callers' time zone is Paris.
/// </remarks>
public sealed class PersonQuotaShotsTests(PersonQuotaShotsTests.World world) : IClassFixture<PersonQuotaShotsTests.World>
{
    private const string Filter = "?project_id={project}&task_type_id={animation}";

    [Fact]
    public async Task Weighted_ByTheTimeLogged_OrByWorkingDaysWhenNone()
    {
        Assert.Equal([("SQ01 / SH010", 1.0), ("SQ01 / SH020", 1.0)], await ShotsAsync("artist", "/month/2026/3" + Filter));
        Assert.Equal([("SQ01 / SH010", 0.5), ("SQ01 / SH020", 1.0)], await ShotsAsync("artist", "/week/2026/10" + Filter));
        Assert.Equal([("SQ01 / SH020", 0.2)], await ShotsAsync("artist", "/day/2026/3/4" + Filter));
        Assert.Empty(await ShotsAsync("artist", "/month/2026/2" + Filter));

        var shot = (await world.ClientOf("artist").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/persons/{artist}/quota-shots/month/2026/3" + Filter)))![0]!;
        Assert.Equal(world["sh010"], shot["id"]!.GetValue<string>());
        Assert.Equal(48, shot["nb_frames"]!.GetValue<int>());
    }

    [Fact]
    public async Task Whole_AtTheFeedbackRequestOrTheApproval()
    {
        Assert.Equal([("SQ01 / SH010", 1.0), ("SQ01 / SH020", 1.0)], await ShotsAsync("artist", "/month/2026/3" + Filter + "&count_mode=feedback"));
        Assert.Empty(await ShotsAsync("artist", "/month/2026/3" + Filter + "&count_mode=done"));
        Assert.Equal([("SQ01 / SH020", 1.0)], await ShotsAsync("artist", "/month/2026/4" + Filter + "&count_mode=done"));
        // Approved on 1 April after 23 working days (from 2 March): that day is one of them.
        Assert.Equal([("SQ01 / SH020", 0.04)], await ShotsAsync("artist", "/day/2026/4/1" + Filter + "&count_mode=weighteddone"));
    }

    [Fact]
    public async Task ThePersonAndTheProductionsManagers_Read_OthersAreRefused()
    {
        Assert.Equal(2, (await ShotsAsync("manager", "/month/2026/3" + Filter)).Count);
        Assert.Equal(2, (await ShotsAsync("admin", "/month/2026/3" + Filter)).Count);
        Assert.Empty(await ShotsAsync("artist", "/month/2026/3"));

        var path = world.Path("/data/persons/{artist}/quota-shots/month/2026/3" + Filter);
        await world.ClientOf("colleague").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, path);
        await world.ClientOf("outside-manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, path);
        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/{bot}/quota-shots/month/2026/3" + Filter));
    }

    [Fact]
    public async Task BadPeriodsModesAndIds_Are4xx()
    {
        var artist = world.ClientOf("artist");
        var (status, body) = await artist.SendAsync(HttpMethod.Get, world.Path("/data/persons/{artist}/quota-shots/month/2026/3" + Filter + "&count_mode=fast"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("count_mode must be equal to weighted, weighteddone, feedback, or done", body!["message"]!.GetValue<string>());
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{artist}/quota-shots/month/2026/13" + Filter));
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{artist}/quota-shots/week/2026/54" + Filter));
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, world.Path("/data/persons/{artist}/quota-shots/day/2026/2/30" + Filter));
        await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/persons/not-an-id/quota-shots/month/2026/3");
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/data/persons/{Guid.NewGuid()}/quota-shots/month/2026/3");
    }

    private async Task<List<(string, double)>> ShotsAsync(string caller, string path)
    {
        var client = caller == "admin" ? world.Admin : world.ClientOf(caller);
        var shots = (await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/persons/{artist}/quota-shots" + path)))!.AsArray();
        return [.. shots.Select(s => (s!["full_name"]!.GetValue<string>(), s["weight"]!.GetValue<double>()))];
    }

    public sealed class World : StudioWorld
    {
        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("outside-manager", Roles.Manager)
            .Person("artist", Roles.User)
            .Person("colleague", Roles.User)
            .Person("bot", Roles.User)
            .Update("bot", "persons", new { is_bot = true })
            .Project("project", "manager", "artist", "colleague")
            .Project("other", "outside-manager")
            .TaskType("animation", "Animation", "Shot")
            .Sequence("sq01", "SQ01")
            .Shot("sh010", "SH010", "sq01", new { nb_frames = 48 })
            .Shot("sh020", "SH020", "sq01")
            .Shot("sh030", "SH030", "sq01")
            .Task("sh010/animation", "sh010", "animation", "artist")
            .Task("sh020/animation", "sh020", "animation", "artist")
            .Task("sh030/animation", "sh030", "animation", "artist")
            .Post("t1", "/actions/tasks/{sh010/animation}/time-spents/2026-03-02/persons/{artist}", new { duration = 60 })
            .Post("t2", "/actions/tasks/{sh010/animation}/time-spents/2026-03-09/persons/{artist}", new { duration = 60 })
            .Update("sh010/animation", "tasks", new { real_start_date = "2026-03-02T09:00:00", end_date = "2026-03-10T10:00:00" })
            .Update("sh020/animation", "tasks", new { real_start_date = "2026-03-02T09:00:00", end_date = "2026-03-06T17:00:00", done_date = "2026-04-01T10:00:00" })
            .Update("sh030/animation", "tasks", new { real_start_date = "2026-03-02T09:00:00" });
    }
}
