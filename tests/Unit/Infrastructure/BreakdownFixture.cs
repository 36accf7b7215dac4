using System.Net;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// A production built through the breakdown routes: an episode, a sequence with two shots, a scene, an edit, a
/// concept, two assets with tasks, a cast shot, an asset instance, and a team with a manager, an artist (assigned
/// to the first shot's task), a vendor (assigned to the asset's task) and a client; plus an outsider.
/// </summary>
public sealed class BreakdownFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> ids = [];

    public StudioApiFactory Factory { get; } = new();

    public ApiClient Admin { get; private set; } = null!;

    public ApiClient Manager { get; private set; } = null!;

    public ApiClient Artist { get; private set; } = null!;

    public ApiClient Vendor { get; private set; } = null!;

    public ApiClient Client { get; private set; } = null!;

    public ApiClient Outsider { get; private set; } = null!;

    public string this[string key] => ids[key];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Factory).InitializeAsync();
        Admin = await Factory.AdminAsync();
        (Manager, ids["manager"]) = await Factory.PersonAsync("manager");
        (Artist, ids["artist"]) = await Factory.PersonAsync("user");
        (Vendor, ids["vendor"]) = await Factory.PersonAsync("vendor");
        (Client, ids["client"]) = await Factory.PersonAsync("client");
        (Outsider, ids["outsider"]) = await Factory.PersonAsync("user");
        var project = ids["project"] = await Admin.ProjectAsync(ids["manager"], ids["artist"], ids["vendor"], ids["client"]);
        ids["character"] = await Admin.IdOfAsync("entity-types", "Character");
        ids["prop"] = await Admin.IdOfAsync("entity-types", "Prop");
        var taskTypes = (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types"))!.AsArray();
        ids["shot_task_type"] = taskTypes.First(t => t!["for_entity"]!.GetValue<string>() == "Shot").Id();
        ids["asset_task_type"] = taskTypes.First(t => t!["for_entity"]!.GetValue<string>() == "Asset").Id();

        ids["episode"] = await CreateAsync($"/data/projects/{project}/episodes", new { name = "E01" });
        ids["sequence"] = await CreateAsync($"/data/projects/{project}/sequences", new { name = "SQ01", episode_id = ids["episode"] });
        ids["shot"] = await CreateAsync($"/data/projects/{project}/shots", new { name = "SH010", sequence_id = ids["sequence"], nb_frames = 48, data = new { frame_in = 1001, frame_out = 1048, fps = "24" } });
        ids["shot2"] = await CreateAsync($"/data/projects/{project}/shots", new { name = "SH020", sequence_id = ids["sequence"] });
        ids["scene"] = await CreateAsync($"/data/projects/{project}/scenes", new { name = "SC01", sequence_id = ids["sequence"] });
        ids["edit"] = await CreateAsync($"/data/projects/{project}/edits", new { name = "Animatic", episode_id = ids["episode"] });
        ids["concept"] = await CreateAsync($"/data/projects/{project}/concepts", new { name = "Hero sketch" });
        ids["hero"] = await CreateAsync($"/data/projects/{project}/asset-types/{ids["character"]}/assets/new", new { name = "Hero", description = "The hero" });
        ids["sword"] = await CreateAsync($"/data/projects/{project}/asset-types/{ids["prop"]}/assets/new", new { name = "Sword", episode_id = ids["episode"] });
        ids["shot_task"] = await CreateAsync("/data/tasks", new { entity_id = ids["shot"], task_type_id = ids["shot_task_type"], assignees = new[] { ids["artist"] } });
        ids["hero_task"] = await CreateAsync("/data/tasks", new { entity_id = ids["hero"], task_type_id = ids["asset_task_type"], assignees = new[] { ids["vendor"] } });
        await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/data/projects/{project}/entities/{ids["shot"]}/casting",
            new object[] { new { asset_id = ids["hero"], nb_occurences = 2, label = "main" }, new { asset_id = ids["sword"], nb_occurences = 1 } });
        ids["instance"] = await CreateAsync($"/data/scenes/{ids["scene"]}/asset-instances", new { asset_id = ids["hero"] });
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();

    /// <summary>Fills a route template: <c>{project}</c> → the project id, and so on.</summary>
    public string Path(string template) => ids.Aggregate(template, (path, id) => path.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));

    private async Task<string> CreateAsync(string path, object body) =>
        (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, body)).Id();
}
