using System.Net;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Timesheets;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// A day off set or removed by its date (<c>/data/persons/&lt;id&gt;/day-offs/&lt;date&gt;</c> and the caller's own under
/// <c>/data/user</c>): the rules of every day off apply (one's own or an administrator's, no overlap, the time logged
/// inside it removed).
/// </summary>
public sealed class DayOffOnDateTests(DayOffOnDateTests.World world) : IClassFixture<DayOffOnDateTests.World>
{
    [Fact]
    public async Task APerson_SetsChangesAndRemovesTheirDayOff_ByDate()
    {
        var artist = world.ClientOf("artist");
        await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/actions/tasks/{chair/modeling}/time-spents/2026-05-05/persons/{artist}"), new { duration = 60 });

        var set = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/data/user/day-offs/2026-05-04", new { end_date = "2026-05-06", description = "Moving" });
        Assert.Equal(("2026-05-04", "2026-05-06", "Moving"), (set!["date"]!.GetValue<string>(), set["end_date"]!.GetValue<string>(), set["description"]!.GetValue<string>()));
        Assert.Equal(0, await world.DbAsync(db => db.Set<TimeSpent>().CountAsync(t => t.PersonId == world.Id("artist") && t.Date == new DateOnly(2026, 5, 5))));

        // Any date inside it names it: the end moves, the reason changes, the day off stays one.
        var changed = await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path("/data/persons/{artist}/day-offs/2026-05-05"), new { end_date = "2026-05-08" });
        Assert.Equal(set["id"]!.GetValue<string>(), changed!["id"]!.GetValue<string>());
        Assert.Equal("2026-05-08", changed["end_date"]!.GetValue<string>());
        Assert.Null(changed["description"]);

        await artist.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, "/data/user/day-offs/2026-05-08");
        Assert.Empty((await artist.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/day-offs/2026-05-05"))!.AsObject());
        await artist.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Delete, "/data/user/day-offs/2026-05-05");
    }

    [Fact]
    public async Task AnAdministrator_SetsAnybodysDayOff_OthersAreRefused()
    {
        var set = await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, world.Path("/data/persons/{colleague}/day-offs/2026-06-01"), new { });
        Assert.Equal("2026-06-01", set!["end_date"]!.GetValue<string>());

        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Put, world.Path("/data/persons/{colleague}/day-offs/2026-06-02"), new { });
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Put, world.Path("/data/persons/{colleague}/day-offs/2026-06-02"), new { });
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, world.Path("/data/persons/{colleague}/day-offs/2026-06-01"));
        await world.Admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, world.Path("/data/persons/{colleague}/day-offs/2026-06-01"));
    }

    [Fact]
    public async Task BadDatesAndOverlaps_Are400s_AndWriteNothing()
    {
        var colleague = world.ClientOf("colleague");
        await colleague.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/data/user/day-offs/2026-07-06", new { end_date = "2026-07-10" });
        var before = await world.DbAsync(db => db.Set<DayOff>().CountAsync(d => d.PersonId == world.Id("colleague")));

        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, "/data/user/day-offs/2026-07-32", new { });
        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, "/data/user/day-offs/2026-07-01", new { end_date = "next week" });
        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, "/data/user/day-offs/2026-07-01", new { end_date = "2026-06-30" });
        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, "/data/user/day-offs/2026-07-01", new { end_date = "2026-07-06" });
        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, "/data/user/day-offs/2026-07-01", new { description = 12 });
        await colleague.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Delete, "/data/user/day-offs/July");
        await colleague.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"/data/persons/{Guid.NewGuid()}/day-offs/2026-07-01", new { });
        Assert.Equal(before, await world.DbAsync(db => db.Set<DayOff>().CountAsync(d => d.PersonId == world.Id("colleague"))));
    }

    public sealed class World : StudioWorld
    {
        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("artist", Roles.User)
            .Person("colleague", Roles.User)
            .Project("project", "manager", "artist", "colleague")
            .AssetType("character", "Character")
            .TaskType("modeling", "Modeling")
            .Asset("chair", "character", "Chair")
            .Task("chair/modeling", "chair", "modeling", "artist");
    }
}
