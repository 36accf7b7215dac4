using System.Net;
using System.Text.Json.Nodes;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>Clients for the fixture's server: anonymous, the admin, or a new person of any role.</summary>
public static class StudioApi
{
    public static ApiClient Anonymous(this StudioApiFactory factory) => new(factory.CreateClient());

    public static async Task<ApiClient> AdminAsync(this StudioApiFactory factory) =>
        await factory.LoginAsync(StudioApiFactory.AdminEmail, StudioApiFactory.AdminPassword);

    public static async Task<ApiClient> LoginAsync(this StudioApiFactory factory, string email, string password)
    {
        var client = factory.Anonymous();
        var body = await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, "/auth/login", new { email, password });
        client.UseToken(body!["access_token"]!.GetValue<string>());
        return client;
    }

    /// <summary>Creates a person with <paramref name="role"/> through the admin API and signs them in.</summary>
    public static async Task<(ApiClient Client, string PersonId)> PersonAsync(this StudioApiFactory factory, string role)
    {
        var admin = await factory.AdminAsync();
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        var person = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/persons",
            new { first_name = "Test", last_name = role, email, password = "password-" + role, role });
        return (await factory.LoginAsync(email, "password-" + role), person!["id"]!.GetValue<string>());
    }

    /// <summary>Creates an open project and puts the given people in its team.</summary>
    public static async Task<string> ProjectAsync(this ApiClient admin, params string[] team)
    {
        var project = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/data/projects", new { name = "Project " + Guid.NewGuid().ToString("N")[..8] });
        var id = project!["id"]!.GetValue<string>();
        foreach (var person in team)
        {
            await admin.TeamAddAsync(id, person);
        }

        return id;
    }

    public static async Task<string> IdOfAsync(this ApiClient client, string collection, string name)
    {
        var rows = await client.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/{collection}?name={Uri.EscapeDataString(name)}");
        return rows!.AsArray().First()!["id"]!.GetValue<string>();
    }

    public static string Id(this JsonNode? node) => node!["id"]!.GetValue<string>();

    public static Task<JsonNode?> TeamAddAsync(this ApiClient admin, string projectId, string personId) =>
        admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/data/projects/{projectId}/team", new { person_id = personId });
}
