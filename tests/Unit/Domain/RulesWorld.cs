using Microsoft.EntityFrameworkCore;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Tasks;
using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Domain;

/// <summary>The domain rule tests share one world and run one class after the other.</summary>
[CollectionDefinition(Name)]
public sealed class RulesCollection : ICollectionFixture<RulesWorld>
{
    public const string Name = "Domain rules";
}

/// <summary>
/// The world the domain rule tests call the services in: a team with people of every role, each with a name of their
/// own (mentions are by name); a Grooming department holding the second artist and an outsider; a production with
/// no retake cap, one capped at a single retake, and one whose automations move Rigging to Ready and mark the asset
/// ready for Animation when Modeling is done; a TV show with an episode, an asset in it and a first version sent for
/// review with its preview. Fresh assets are made per test.
/// </summary>
public sealed class RulesWorld : StudioWorld
{
    /// <summary>A new asset of <paramref name="project"/> with a Modeling task (assigned to the artist) and a Rigging task.</summary>
    public async Task<(Guid Asset, Guid Modeling, Guid Rigging)> NewAssetAsync(string project = "project")
    {
        var asset = "asset-" + Guid.NewGuid().ToString("N");
        await AddAsync(world => world
            .Asset(asset, "character", "Asset " + asset[6..14], project: project)
            .Task(asset + "/modeling", asset, "modeling", "artist")
            .Task(asset + "/rigging", asset, "rigging"));
        return (Id(asset), Id(asset + "/modeling"), Id(asset + "/rigging"));
    }

    /// <summary>Posts a comment through the domain as <paramref name="person"/>, moving the task to the status of that short name.</summary>
    public Task<WrittenComment> PostAsync(string person, Guid task, string status, string text = "") =>
        InScopeAsync<CommentService, WrittenComment>(s => s.PostAsync(ActorOf(person), task, new CommentRequest(Id("status:" + status), text), [], CancellationToken.None));

    /// <summary>The task as stored.</summary>
    public Task<ProductionTask> TaskRowAsync(Guid task) =>
        DbAsync(db => db.Set<ProductionTask>().AsNoTracking().FirstAsync(t => t.Id == task));

    protected override void Declare(StudioWorldBuilder world) => world
        .Person("manager", Roles.Manager, "Maya", "Manager")
        .Person("supervisor", Roles.Supervisor, "Sam", "Supervisor")
        .Person("artist", Roles.User, "Ada", "Artist")
        .Person("artist2", Roles.User, "Ben", "Brush")
        .Person("client", Roles.Client, "Cleo", "Client")
        .Person("vendor", Roles.Vendor, "Vic", "Vendor")
        .Person("outsider", Roles.User, "Otto", "Outsider")
        .Row("grooming", "departments", new { name = "Grooming", color = "#000000" })
        .Update("artist2", "persons", new { departments = new[] { "{grooming}" } })
        .Update("outsider", "persons", new { departments = new[] { "{grooming}" } })
        .Project("project", "manager", "supervisor", "artist", "artist2", "client", "vendor")
        .Project("capped", "manager", "artist")
        .Update("capped", "projects", new { max_retakes = 1 })
        .AssetType("character", "Character")
        .TaskType("modeling", "Modeling")
        .TaskType("rigging", "Rigging")
        .TaskType("animation", "Animation", forEntity: "Shot")
        .TaskStatuses()
        .TaskStatus("lead", "Lead approved", "lead", artistAllowed: false, clientAllowed: false)
        .Row("rigging-ready", "status-automations", new
        {
            entity_type = "asset", in_task_type_id = "{modeling}", in_task_status_id = "{status:done}",
            out_field_type = "status", out_task_type_id = "{rigging}", out_task_status_id = "{status:ready}",
        })
        .Row("ready-for-animation", "status-automations", new
        {
            entity_type = "asset", in_task_type_id = "{modeling}", in_task_status_id = "{status:done}",
            out_field_type = "ready_for", out_task_type_id = "{animation}", out_task_status_id = "{status:ready}",
        })
        .Project("automated", "manager", "artist")
        .Update("automated", "projects", new { status_automations = new[] { "{rigging-ready}", "{ready-for-animation}" } })
        .TvShow("show", "manager", "artist")
        .Episode("e01", "E01", "show")
        .Asset("show-hero", "character", "Hero", new { episode_id = "{e01}" }, project: "show")
        .Task("show-hero/modeling", "show-hero", "modeling", "artist")
        .Comment("version-1", "show-hero/modeling", "artist", "wfa", "Version 1")
        .Preview("version-1/preview", "show-hero/modeling", "version-1");
}
