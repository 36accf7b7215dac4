using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Studio.Domain.Persons;

namespace Studio.Bench;

/// <summary>
/// Studio for a benchmark: in-process on a temporary SQLite file, or on a fresh database of the PostgreSQL server
/// named by <c>STUDIO_BENCH_POSTGRES</c>; optionally listening on a real port (Kestrel) for load runs.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "mysecretpassword";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "studio-bench-" + Guid.NewGuid().ToString("N"));
    private readonly string databaseName = "studio_bench_" + Guid.NewGuid().ToString("N");
    private readonly string? postgres = Environment.GetEnvironmentVariable("STUDIO_BENCH_POSTGRES");

    private BenchServer()
    {
    }

    public WebApplicationFactory<global::Program> Factory { get; private set; } = null!;

    public bool IsPostgres => !string.IsNullOrEmpty(postgres);

    public string DatabaseLabel => IsPostgres ? "PostgreSQL" : "SQLite";

    /// <summary>The real port's address when started with Kestrel.</summary>
    public string BaseUrl => Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public static async Task<BenchServer> StartAsync(bool kestrel)
    {
        var server = new BenchServer();
        if (server.IsPostgres)
        {
            await using var admin = new NpgsqlConnection(server.postgres);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{server.databaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        // The server's content root is src/Studio.Web of this checkout.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Studio.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_STUDIO_WEB", Path.Combine(root?.FullName ?? ".", "src", "Studio.Web"));
        server.Factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Studio:DataDirectory", server.dataDirectory);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            if (server.IsPostgres)
            {
                builder.UseSetting("Studio:Database", "postgres");
                builder.UseSetting("ConnectionStrings:Studio", new NpgsqlConnectionStringBuilder(server.postgres) { Database = server.databaseName, MaxPoolSize = 100 }.ConnectionString);
            }
        });
        if (kestrel)
        {
            server.Factory.UseKestrel(0);
            server.Factory.StartServer();
        }
        else
        {
            _ = server.Factory.Server;
        }

        await using var scope = server.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PersonsService>().EnsureAdminAsync(AdminEmail, AdminPassword, CancellationToken.None);
        return server;
    }

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> ClientAsync(string email, string password)
    {
        var client = Factory.CreateClient();
        var login = await client.PostAsync("/api/auth/login", new StringContent(new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        login.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(postgres);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
