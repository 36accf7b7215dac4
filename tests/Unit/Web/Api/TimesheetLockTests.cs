using System.Globalization;
using System.Net;
using Studio.Domain.Common;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Web.Api;

/// <summary>
/// The organisation's timesheet lock: while it is on, an artist logs, changes and removes only the last seven days
/// time; a manager still changes older days; with the lock off, every day is open.
/// </summary>
public sealed class TimesheetLockTests(TimesheetLockTests.World world) : IClassFixture<TimesheetLockTests.World>
{
    private static string DaysAgo(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task WhileLocked_AnArtistChangesOnlyTheLastWeek_AManagerAnyDay()
    {
        var artist = world.ClientOf("artist");
        string Path(int days) => world.Path($"/actions/tasks/{{chair/modeling}}/time-spents/{DaysAgo(days)}/persons/{{artist}}");
        await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Path(10), new { duration = 60 });

        await world.LockAsync(true);
        try
        {
            var (status, body) = await artist.SendAsync(HttpMethod.Post, Path(12), new { duration = 60 });
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.StartsWith("Timesheets are locked", body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Delete, Path(10));
            await artist.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, world.Path("/data/user/time-spents"), new { task_id = world["chair/modeling"], date = DaysAgo(8), duration = 30 });
            await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Path(6), new { duration = 30 });
            await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Path(0), new { duration = 30 });
            await world.ClientOf("manager").ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Path(12), new { duration = 45 });
        }
        finally
        {
            await world.LockAsync(false);
        }

        await artist.ExpectAsync(HttpStatusCode.Created, HttpMethod.Delete, Path(12));
    }

    public sealed class World : StudioWorld
    {
        public async Task LockAsync(bool locked)
        {
            var organisation = (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/organisations"))!.AsArray()[0]!["id"]!.GetValue<string>();
            await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/organisations/{organisation}", new { timesheets_locked = locked });
        }

        protected override void Declare(StudioWorldBuilder world) => world
            .Person("manager", Roles.Manager)
            .Person("artist", Roles.User)
            .Project("project", "manager", "artist")
            .AssetType("character", "Character")
            .TaskType("modeling", "Modeling")
            .Asset("chair", "character", "Chair")
            .Task("chair/modeling", "chair", "modeling", "artist");
    }
}
