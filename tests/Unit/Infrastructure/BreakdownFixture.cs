using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// A production built through the breakdown routes: an episode, a sequence with two shots, a scene, an edit, a
/// concept, two assets with tasks, a cast shot, an asset instance, and a team with a manager, an artist (assigned
/// to the first shot's task), a vendor (assigned to the asset's task) and a client; plus an outsider.
/// </summary>
public sealed class BreakdownFixture : StudioWorld
{
    public ApiClient Manager => ClientOf("manager");

    public ApiClient Artist => ClientOf("artist");

    public ApiClient Vendor => ClientOf("vendor");

    public ApiClient Client => ClientOf("client");

    public ApiClient Outsider => ClientOf("outsider");

    protected override void Declare(StudioWorldBuilder world) => world
        .Person("manager", "manager")
        .Person("artist", "user")
        .Person("vendor", "vendor")
        .Person("client", "client")
        .Person("outsider", "user")
        .Project("project", "manager", "artist", "vendor", "client")
        .AssetType("character", "Character")
        .AssetType("prop", "Prop")
        .TaskType("shot_task_type", forEntity: "Shot")
        .TaskType("asset_task_type", forEntity: "Asset")
        .Episode("episode", "E01")
        .Sequence("sequence", "SQ01", episode: "episode")
        .Shot("shot", "SH010", "sequence", new { nb_frames = 48, data = new { frame_in = 1001, frame_out = 1048, fps = "24" } })
        .Shot("shot2", "SH020", "sequence")
        .Post("scene", "/data/projects/{project}/scenes", new { name = "SC01", sequence_id = "{sequence}" })
        .Post("edit", "/data/projects/{project}/edits", new { name = "Animatic", episode_id = "{episode}" })
        .Post("concept", "/data/projects/{project}/concepts", new { name = "Hero sketch" })
        .Asset("hero", "character", "Hero", new { description = "The hero" })
        .Asset("sword", "prop", "Sword", new { episode_id = "{episode}" })
        .Task("shot_task", "shot", "shot_task_type", "artist")
        .Task("hero_task", "hero", "asset_task_type", "vendor")
        .Put("/data/projects/{project}/entities/{shot}/casting",
            new object[] { new { asset_id = "{hero}", nb_occurences = 2, label = "main" }, new { asset_id = "{sword}", nb_occurences = 1 } })
        .Post("instance", "/data/scenes/{scene}/asset-instances", new { asset_id = "{hero}" });
}
