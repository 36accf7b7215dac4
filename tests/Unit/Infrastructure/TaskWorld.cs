using System.Net;
using System.Text.Json.Nodes;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// A production and its team for the task and comment tests: a manager, a supervisor, two artists, a client and a
/// vendor; fresh assets with their Modeling and Rigging tasks are made per test.
/// </summary>
public class TaskWorld : IAsyncLifetime
{
    private readonly Dictionary<string, string> ids = [];

    public StudioApiFactory Factory { get; } = new();

    public ApiClient Admin { get; private set; } = null!;

    public ApiClient Manager { get; private set; } = null!;

    public ApiClient Supervisor { get; private set; } = null!;

    public ApiClient Artist { get; private set; } = null!;

    public ApiClient Artist2 { get; private set; } = null!;

    public ApiClient Client { get; private set; } = null!;

    public ApiClient Vendor { get; private set; } = null!;

    public ApiClient Outsider { get; private set; } = null!;

    public string this[string key] => ids[key];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Factory).InitializeAsync();
        Admin = await Factory.AdminAsync();
        (Manager, ids["manager"]) = await Factory.PersonAsync("manager");
        (Supervisor, ids["supervisor"]) = await Factory.PersonAsync("supervisor");
        (Artist, ids["artist"]) = await Factory.PersonAsync("user");
        (Artist2, ids["artist2"]) = await Factory.PersonAsync("user");
        (Client, ids["client"]) = await Factory.PersonAsync("client");
        (Vendor, ids["vendor"]) = await Factory.PersonAsync("vendor");
        (Outsider, ids["outsider"]) = await Factory.PersonAsync("user");
        ids["admin"] = (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated"))!["user"].Id();
        ids["project"] = await Admin.ProjectAsync(ids["manager"], ids["supervisor"], ids["artist"], ids["artist2"], ids["client"], ids["vendor"]);
        ids["character"] = await Admin.IdOfAsync("entity-types", "Character");
        var taskTypes = (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-types"))!.AsArray();
        ids["modeling"] = taskTypes.First(t => t!["name"]!.GetValue<string>() == "Modeling").Id();
        ids["rigging"] = taskTypes.First(t => t!["name"]!.GetValue<string>() == "Rigging").Id();
        var statuses = (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/data/task-status"))!.AsArray();
        foreach (var status in statuses)
        {
            ids["status:" + status!["short_name"]!.GetValue<string>()] = status.Id();
        }

        ids["status:approved-by-lead"] = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/task-status",
            new { name = "Lead approved", short_name = "lead", color = "#00AA00", is_artist_allowed = false, is_client_allowed = false }))!.Id();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();

    public string Status(string shortName) => ids["status:" + shortName];

    /// <summary>A new asset with a Modeling task (assigned to the artist) and a Rigging task.</summary>
    public async Task<(string Asset, string Modeling, string Rigging)> NewAssetAsync(string? project = null)
    {
        project ??= ids["project"];
        var asset = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{project}/asset-types/{ids["character"]}/assets/new",
            new { name = "Asset " + Guid.NewGuid().ToString("N")[..8] })).Id();
        var modeling = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks",
            new { entity_id = asset, task_type_id = ids["modeling"], assignees = new[] { ids["artist"] } })).Id();
        var rigging = (await Admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/tasks", new { entity_id = asset, task_type_id = ids["rigging"] })).Id();
        return (asset, modeling, rigging);
    }

    public async Task<JsonObject> TaskAsync(string id) => (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{id}"))!.AsObject();

    public async Task<JsonArray> NotificationsAsync(string query) => (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/notifications?{query}"))!.AsArray();

    public Task<(HttpStatusCode Status, JsonNode? Body)> CommentAsync(ApiClient client, string task, string status, string text = "", object? extra = null)
    {
        var body = new JsonObject { ["task_status_id"] = Status(status), ["comment"] = text };
        if (extra is not null)
        {
            foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra))!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
        }

        return client.PostAsync($"/actions/tasks/{task}/comment", body);
    }
}
