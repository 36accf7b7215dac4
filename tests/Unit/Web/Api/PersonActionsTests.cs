using System.Net;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Persons;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The person actions of Zou's persons and user blueprints: departments an administrator adds and removes, desktop
/// sign-ins a person reports, and the month's presence sheet.
/// </summary>
public sealed class PersonActionsTests(PersonActionsTests.World world) : IClassFixture<PersonActionsTests.World>
{
    [Fact]
    public async Task AnAdministrator_PutsAPersonInADepartment_AndTakesThemOut()
    {
        var add = world.Path("/actions/persons/{artist}/departments/add");
        var person = (await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, add, new { department_id = world["lighting"] }))!;
        Assert.Equal([world["lighting"]], person["departments"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(world["artist"], person["id"]!.GetValue<string>());
        Assert.Null(person["password"]);

        // Adding twice keeps one link.
        await world.Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, add, new { department_id = world["lighting"] });
        Assert.Equal(1, await world.DbAsync(db => db.Set<DepartmentLink>().CountAsync(l => l.PersonId == world.Id("artist"))));

        await world.Admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, world.Path("/actions/persons/{artist}/departments/{lighting}"));
        Assert.Equal(0, await world.DbAsync(db => db.Set<DepartmentLink>().CountAsync(l => l.PersonId == world.Id("artist"))));
    }

    [Fact]
    public async Task DepartmentChanges_AreTheAdministrators_AndBadDepartmentsAre400s()
    {
        var add = world.Path("/actions/persons/{artist}/departments/add");
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, add, new { department_id = world["lighting"] });
        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, world.Path("/actions/persons/{artist}/departments/{lighting}"));

        var (status, body) = await world.Admin.SendAsync(HttpMethod.Post, add, new { department_id = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Department ID matches no department", body!["message"]!.GetValue<string>());
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, add, new { department_id = "lighting" });
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, add, new { });
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Delete, world.Path($"/actions/persons/{{artist}}/departments/{Guid.NewGuid()}"));
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/actions/persons/{Guid.NewGuid()}/departments/add", new { department_id = world["lighting"] });
        Assert.Equal(0, await world.DbAsync(db => db.Set<DepartmentLink>().CountAsync(l => l.PersonId == world.Id("artist"))));
    }

    [Fact]
    public async Task DesktopSignIns_AreReportedByThePerson_AndReadByThemAndManagers()
    {
        var colleague = world.ClientOf("colleague");
        var log = (await colleague.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/desktop-login-logs", new { date = "2026-02-03T09:15:00" }))!;
        Assert.Equal("DesktopLoginLog", log["type"]!.GetValue<string>());
        Assert.Equal("2026-02-03T09:15:00", log["date"]!.GetValue<string>());
        await colleague.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, world.Path("/data/persons/{colleague}/desktop-login-logs"), new { date = "2026-02-05" });
        await colleague.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/desktop-login-logs", new { date = "2026-01-30 18:00:00" });

        var mine = (await colleague.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/user/desktop-login-logs"))!.AsArray();
        Assert.Equal(["2026-02-05T00:00:00", "2026-02-03T09:15:00", "2026-01-30T18:00:00"], mine.Select(l => l!["date"]!.GetValue<string>()));
        Assert.Equal(3, (await world.ClientOf("manager").ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, world.Path("/data/persons/{colleague}/desktop-login-logs")))!.AsArray().Count);
        Assert.Equal(new DateOnly(2026, 2, 5), await world.DbAsync(db => db.Set<Person>().Where(p => p.Id == world.Id("colleague")).Select(p => p.LastPresence).SingleAsync()));

        // Another artist neither reads nor reports them; a bad date is a 400 and writes nothing.
        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, world.Path("/data/persons/{colleague}/desktop-login-logs"));
        await world.ClientOf("artist").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, world.Path("/data/persons/{colleague}/desktop-login-logs"), new { });
        var (status, body) = await colleague.SendAsync(HttpMethod.Post, "/data/user/desktop-login-logs", new { date = "05/02/2026" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("date", body!["data"]!["errors"]![0]!["field"]!.GetValue<string>());
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/data/persons/{Guid.NewGuid()}/desktop-login-logs");
        Assert.Equal(3, await world.DbAsync(db => db.Set<DesktopLoginLog>().CountAsync(l => l.PersonId == world.Id("colleague"))));
    }

    [Fact]
    public async Task ThePresenceSheet_MarksTheDaysEachActivePersonSignedIn()
    {
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/desktop-login-logs", new { date = "2026-03-02T08:00:00" });
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/desktop-login-logs", new { date = "2026-03-31T08:00:00" });
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/user/desktop-login-logs", new { date = "2026-04-01T08:00:00" });

        var response = await world.Admin.Http.GetAsync("/api/data/persons/presence-logs/2026-03");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment; filename=kitsu_export.csv", response.Content.Headers.ContentDisposition!.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("2026;" + string.Join(';', Enumerable.Range(1, 31)), lines[0]);
        var manager = Assert.Single(lines, l => l.StartsWith("Test manager;", StringComparison.Ordinal)).Split(';');
        Assert.Equal(32, manager.Length);
        Assert.Equal([2, 31], Enumerable.Range(1, 31).Where(d => manager[d] == "X"));

        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/data/persons/presence-logs/2026-03");
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/persons/presence-logs/2026-13");
        await world.Admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/data/persons/presence-logs/March");
    }

    [Fact]
    public async Task AnAdministrator_TurnsOffSomeonesSecondFactors_NotAnotherAdministrators()
    {
        var path = world.Path("/actions/persons/{colleague}/disable-two-factor-authentication");
        var (status, body) = await world.Admin.SendAsync(HttpMethod.Delete, path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Two factor authentication not enabled for this user.", body!["message"]!.GetValue<string>());

        await TurnOnTotpAsync("colleague");
        await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, path);
        Assert.True((await world.Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Delete, path))!["success"]!.GetValue<bool>());
        Assert.False(await world.DbAsync(db => db.Set<Person>().Where(p => p.Id == world.Id("colleague")).Select(p => p.TotpEnabled).SingleAsync()));

        await TurnOnTotpAsync("other-admin");
        (status, body) = await world.Admin.SendAsync(HttpMethod.Delete, world.Path("/actions/persons/{other-admin}/disable-two-factor-authentication"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("An admin can't disable 2FA for other admins.", body!["message"]!.GetValue<string>());
        Assert.True(await world.DbAsync(db => db.Set<Person>().Where(p => p.Id == world.Id("other-admin")).Select(p => p.TotpEnabled).SingleAsync()));
        await world.Admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Delete, $"/actions/persons/{Guid.NewGuid()}/disable-two-factor-authentication");
    }

    private Task<int> TurnOnTotpAsync(string person) =>
        world.DbAsync(db => db.Set<Person>().Where(p => p.Id == world.Id(person)).ExecuteUpdateAsync(u => u.SetProperty(p => p.TotpEnabled, true)));

    [Fact]
    public async Task WithoutAMailServer_AnInvitationIsAClear400()
    {
        var (status, body) = await world.Admin.SendAsync(HttpMethod.Get, world.Path("/actions/persons/{artist}/invite"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("E-mail is not configured", body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public sealed class World : StudioWorld
    {
        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("artist", Roles.User)
            .Person("colleague", Roles.User)
            .Person("other-admin", Roles.Admin)
            .Row("lighting", "departments", new { name = "Lighting team", color = "#333333" });
    }
}
