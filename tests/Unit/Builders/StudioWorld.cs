using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Tests.Unit.Infrastructure;

namespace Studio.Tests.Unit.Builders;

/// <summary>
/// A server on a fresh database holding what a <see cref="StudioWorldBuilder"/> declared, created once: named ids, a
/// signed-in client per person, and the server's services for tests that call the domain directly. A fixture
/// derives from it and says what its world contains in <see cref="Declare"/>.
/// </summary>
public class StudioWorld : IAsyncLifetime
{
    private readonly Dictionary<string, string> ids = [];
    private readonly Dictionary<string, (ApiClient Client, string Role)> people = [];
    private readonly StudioWorldBuilder? declared;

    public StudioWorld()
    {
    }

    internal StudioWorld(StudioWorldBuilder declared) => this.declared = declared;

    public StudioApiFactory Factory { get; } = new();

    /// <summary>The administrator, signed in.</summary>
    public ApiClient Admin => ClientOf("admin");

    /// <summary>The id of a named row or person, as the API writes it.</summary>
    public string this[string key] => ids.TryGetValue(key, out var id) ? id : throw new KeyNotFoundException($"The world holds no '{key}'.");

    public Guid Id(string key) => Guid.Parse(this[key]);

    /// <summary>The signed-in client of a person the world declared (or <c>admin</c>).</summary>
    public ApiClient ClientOf(string person) => people[person].Client;

    /// <summary>A person as the domain sees the caller of an operation.</summary>
    public Actor ActorOf(string person) => new(Id(person), people[person].Role);

    /// <summary>The id of a task status the world looked up with <see cref="StudioWorldBuilder.TaskStatuses"/>, by short name.</summary>
    public string Status(string shortName) => this["status:" + shortName];

    /// <summary>Fills a template with the world's ids: <c>{project}</c> becomes the project's id, and so on.</summary>
    public string Path(string template) => ids.Aggregate(template, (path, id) => path.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));

    public async Task InitializeAsync()
    {
        var builder = declared ?? new StudioWorldBuilder();
        if (declared is null)
        {
            Declare(builder);
        }

        foreach (var (key, value) in builder.Settings)
        {
            Factory.Settings[key] = value;
        }

        await ((IAsyncLifetime)Factory).InitializeAsync();
        if (builder.SignsIn)
        {
            var admin = await Factory.AdminAsync();
            people["admin"] = (admin, Roles.Admin);
            ids["admin"] = (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/auth/authenticated"))!["user"].Id();
        }

        await builder.RunAsync(this);
    }

    public virtual Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();

    /// <summary>Runs <paramref name="action"/> with a service of the server, resolved in a scope of its own.</summary>
    public async Task InScopeAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs <paramref name="action"/> with a service of the server, resolved in a scope of its own, and returns its result.</summary>
    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Reads the database directly, on a context of its own (for asserting what a domain call stored).</summary>
    public async Task<TResult> DbAsync<TResult>(Func<StudioDbContext, Task<TResult>> read)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    /// <summary>Adds more to the world from a test, with the builder's words; the new names must not be taken yet.</summary>
    public Task AddAsync(Action<StudioWorldBuilder> declare)
    {
        var builder = new StudioWorldBuilder();
        declare(builder);
        return builder.RunAsync(this);
    }

    /// <summary>Names a row a test made outside the world, so declarations can refer to it; returns the name.</summary>
    public string Adopt(string id)
    {
        var key = "adopted:" + id;
        ids.TryAdd(key, id);
        return key;
    }

    /// <summary>A task as the administrator reads it through the API.</summary>
    public async Task<JsonObject> TaskAsync(string id) => (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/tasks/{id}"))!.AsObject();

    /// <summary>The notifications matching a query of <c>/data/notifications</c>.</summary>
    public async Task<JsonArray> NotificationsAsync(string query) => (await Admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/data/notifications?{query}"))!.AsArray();

    /// <summary>
    /// Posts a comment through the API as <paramref name="client"/>, moving the task to the status of that short name;
    /// <paramref name="extra"/> adds to the body (a date, an author…).
    /// </summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> CommentAsync(ApiClient client, string task, string status, string text = "", object? extra = null)
    {
        var body = new JsonObject { ["task_status_id"] = Status(status), ["comment"] = text };
        if (extra is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(extra)!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
        }

        return client.PostAsync($"/actions/tasks/{task}/comment", body);
    }

    /// <summary>Says what the world contains; called once, before the server starts.</summary>
    protected virtual void Declare(StudioWorldBuilder world)
    {
    }

    internal void Name(string key, string id) =>
        ids.Add(key, id);

    internal void AddPerson(string key, string id, ApiClient client, string role)
    {
        Name(key, id);
        people.Add(key, (client, role));
    }
}
