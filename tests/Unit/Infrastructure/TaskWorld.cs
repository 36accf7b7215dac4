using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// A production and its team for the task and comment tests: a manager, a supervisor, two artists, a client and a
/// vendor (and an artist outside the team); every task status named by its short name, plus a lead-approved status
/// neither artists nor clients may set. Fresh assets with their Modeling and Rigging tasks are made per test.
/// </summary>
public class TaskWorld : StudioWorld
{
    public ApiClient Manager => ClientOf("manager");

    public ApiClient Supervisor => ClientOf("supervisor");

    public ApiClient Artist => ClientOf("artist");

    public ApiClient Artist2 => ClientOf("artist2");

    public ApiClient Client => ClientOf("client");

    public ApiClient Vendor => ClientOf("vendor");

    public ApiClient Outsider => ClientOf("outsider");

    /// <summary>A new asset with a Modeling task (assigned to the artist) and a Rigging task.</summary>
    public async Task<(string Asset, string Modeling, string Rigging)> NewAssetAsync(string? project = null)
    {
        var asset = "asset-" + Guid.NewGuid().ToString("N");
        await AddAsync(world => world
            .Asset(asset, "character", "Asset " + asset[6..14], project: project is null ? "project" : Adopt(project))
            .Task(asset + "/modeling", asset, "modeling", "artist")
            .Task(asset + "/rigging", asset, "rigging"));
        return (this[asset], this[asset + "/modeling"], this[asset + "/rigging"]);
    }

    protected override void Declare(StudioWorldBuilder world) => world
        .Person("manager", "manager")
        .Person("supervisor", "supervisor")
        .Person("artist", "user")
        .Person("artist2", "user")
        .Person("client", "client")
        .Person("vendor", "vendor")
        .Person("outsider", "user")
        .Project("project", "manager", "supervisor", "artist", "artist2", "client", "vendor")
        .AssetType("character", "Character")
        .TaskType("modeling", "Modeling")
        .TaskType("rigging", "Rigging")
        .TaskStatuses()
        .TaskStatus("approved-by-lead", "Lead approved", "lead", artistAllowed: false, clientAllowed: false);
}
