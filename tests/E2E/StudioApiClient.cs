using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Studio.Tests.E2E;

/// <summary>Studio's API as a pipeline script (or someone else in the studio) uses it, to prepare data and change it behind a browser's back.</summary>
public sealed class StudioApiClient : IDisposable
{
    private readonly HttpClient client;

    private StudioApiClient(HttpClient client) => this.client = client;

    public static async Task<StudioApiClient> SignInAsync(string baseUrl, string email = StudioServer.AdminEmail, string password = StudioServer.AdminPassword)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var body = await login.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(login.IsSuccessStatusCode, $"login {email}: {body}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!["access_token"]!.GetValue<string>());
        return new StudioApiClient(client);
    }

    public async Task<JsonNode> GetAsync(string path) => JsonNode.Parse(await client.GetStringAsync(path))!;

    public async Task<JsonNode> PostAsync(string path, object body) => await SendAsync(HttpMethod.Post, path, body);

    public async Task<JsonNode> PutAsync(string path, object body) => await SendAsync(HttpMethod.Put, path, body);

    public async Task<string> IdAsync(string path, Func<JsonNode, bool>? where = null) =>
        (await GetAsync(path)).AsArray().First(n => where?.Invoke(n!) ?? true)!["id"]!.GetValue<string>();

    /// <summary>A production with one asset type, sequence, asset and shot, and a task of a type on each.</summary>
    public async Task<World> WorldAsync(string name)
    {
        var project = (await PostAsync("/api/data/projects", new { name }))["id"]!.GetValue<string>();
        var character = await IdAsync("/api/data/entity-types?name=Character");
        var modeling = await IdAsync("/api/data/task-types?name=Modeling", t => t["for_entity"]!.GetValue<string>() == "Asset");
        var animation = await IdAsync("/api/data/task-types?name=Animation", t => t["for_entity"]!.GetValue<string>() == "Shot");
        await PutAsync($"/api/data/projects/{project}", new { task_types = new[] { modeling, animation } });
        var asset = (await PostAsync($"/api/data/projects/{project}/asset-types/{character}/assets/new", new { name = "Hero" }))["id"]!.GetValue<string>();
        var sequence = (await PostAsync($"/api/data/projects/{project}/sequences", new { name = "SQ01" }))["id"]!.GetValue<string>();
        var shot = (await PostAsync($"/api/data/projects/{project}/shots", new { name = "SH010", sequence_id = sequence, nb_frames = 48 }))["id"]!.GetValue<string>();
        var assetTask = (await PostAsync("/api/data/tasks", new { entity_id = asset, task_type_id = modeling }))["id"]!.GetValue<string>();
        var shotTask = (await PostAsync("/api/data/tasks", new { entity_id = shot, task_type_id = animation }))["id"]!.GetValue<string>();
        return new World(project, asset, shot, sequence, assetTask, shotTask, modeling, animation);
    }

    /// <summary>An active person with a password, in the production's team when one is given.</summary>
    public async Task<string> PersonAsync(string first, string last, string role, string? project = null)
    {
        var email = $"{first}.{last}.{Guid.NewGuid():N}@example.com".ToLowerInvariant();
        var person = (await PostAsync("/api/data/persons", new { first_name = first, last_name = last, email, role, password = StudioServer.AdminPassword }))["id"]!.GetValue<string>();
        if (project is not null)
        {
            await PostAsync($"/api/data/projects/{project}/team", new { person_id = person });
        }

        return email;
    }

    public async Task<string> StatusAsync(string shortName) => await IdAsync($"/api/data/task-status?short_name={shortName}");

    public void Dispose() => client.Dispose();

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}

public sealed record World(string Project, string Asset, string Shot, string Sequence, string AssetTask, string ShotTask, string Modeling, string Animation);
