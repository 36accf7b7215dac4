using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// A <see cref="CrudWorld"/> whose project has a team of every non-admin role: a manager, a supervisor without
/// department, an artist and a vendor both assigned to the world's task, a client; plus an artist outside the team.
/// </summary>
public sealed class TeamFixture : StudioWorld
{
    public CrudWorld World => new(this);

    /// <summary>Rows the tests made once and share, by collection (some collections allow one row per pair).</summary>
    public Dictionary<string, string> Rows { get; } = [];

    protected override void Declare(StudioWorldBuilder world) => CrudWorld.Declare(world)
        .Person("manager", "manager")
        .Person("supervisor", "supervisor")
        .Person("artist", "user")
        .Person("vendor", "vendor")
        .Person("client", "client")
        .Person("outsider", "user")
        .Members("project", "manager", "supervisor", "artist", "vendor", "client")
        .Update("task", "tasks", new { assignees = new[] { "{artist}", "{vendor}" } });
}
