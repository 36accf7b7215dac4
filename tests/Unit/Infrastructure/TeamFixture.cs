using System.Net;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// A <see cref="CrudWorld"/> whose project has a team of every non-admin role: a manager, a supervisor without
/// department, an artist and a vendor both assigned to the world's task, a client; plus an artist outside the team.
/// </summary>
public sealed class TeamFixture : IAsyncLifetime
{
    private readonly Dictionary<string, (ApiClient Client, string Id)> people = [];

    public StudioApiFactory Factory { get; } = new();

    public CrudWorld World { get; private set; } = null!;

    public ApiClient Admin { get; private set; } = null!;

    /// <summary>Rows the tests made once and share, by collection (some collections allow one row per pair).</summary>
    public Dictionary<string, string> Rows { get; } = [];

    /// <summary>The client and person id of <c>manager</c>, <c>supervisor</c>, <c>artist</c>, <c>vendor</c>, <c>client</c> or <c>outsider</c>.</summary>
    public (ApiClient Client, string Id) this[string who] => people[who];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Factory).InitializeAsync();
        Admin = await Factory.AdminAsync();
        World = await CrudWorld.BuildAsync(Admin);
        foreach (var (who, role) in new[] { ("manager", "manager"), ("supervisor", "supervisor"), ("artist", "user"), ("vendor", "vendor"), ("client", "client"), ("outsider", "user") })
        {
            people[who] = await Factory.PersonAsync(role);
            if (who != "outsider")
            {
                await Admin.TeamAddAsync(World["project"], people[who].Id);
            }
        }

        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/tasks/{World["task"]}", new { assignees = new[] { people["artist"].Id, people["vendor"].Id } });
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();
}
