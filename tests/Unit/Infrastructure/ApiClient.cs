using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>An HTTP client signed in as one person, with JSON helpers that return status and body.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "/api" + path);
        if (body is not null)
        {
            var text = body as string ?? (body is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(body));
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, content.Length == 0 ? null : JsonNode.Parse(content));
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<(HttpStatusCode Status, JsonNode? Body)> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public Task<(HttpStatusCode Status, JsonNode? Body)> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <summary>Like <see cref="SendAsync"/> but fails the test unless the status is <paramref name="expected"/>.</summary>
    public async Task<JsonNode?> ExpectAsync(HttpStatusCode expected, HttpMethod method, string path, object? body = null)
    {
        var (status, json) = await SendAsync(method, path, body);
        Assert.True(status == expected, $"{method} {path}: expected {(int)expected}, got {(int)status}: {json?.ToJsonString()}");
        return json;
    }

    public void UseToken(string token) => Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
}
