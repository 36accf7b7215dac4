using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// Studio in-process on a fresh database: a SQLite file in a temporary data directory, or, when
/// <c>STUDIO_TEST_POSTGRES</c> holds a connection string, a PostgreSQL database created for this fixture.
/// Time is a <see cref="TestClock"/> the tests can move.
/// </summary>
public sealed class StudioApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "mysecretpassword";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "studio-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string? postgresAdmin = Environment.GetEnvironmentVariable("STUDIO_TEST_POSTGRES");
    private readonly string databaseName = "studio_test_" + Guid.NewGuid().ToString("N");
    private readonly bool owner = true;

    public StudioApiFactory()
    {
    }

    /// <summary>A second server on the same data directory and database (a restart); the first one owns them.</summary>
    public StudioApiFactory(StudioApiFactory sameData)
    {
        dataDirectory = sameData.dataDirectory;
        databaseName = sameData.databaseName;
        owner = false;
    }

    public TestClock Clock { get; } = new();

    /// <summary>Failures a test injects into the server's database writes.</summary>
    public SaveFaults Faults { get; } = new();

    /// <summary>Configuration the server starts with (e.g. <c>Studio:UserLimit</c>), set before the first request.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public string DataDirectory => dataDirectory;

    public bool IsPostgres => !string.IsNullOrEmpty(postgresAdmin);

    /// <summary>Whether a connection is to this server's database (other test classes run beside it in the same process).</summary>
    public bool Owns(System.Data.Common.DbConnection? connection) => connection is not null && (IsPostgres
        ? connection.Database == databaseName
        : connection.ConnectionString.Contains(dataDirectory, StringComparison.Ordinal));

    /// <summary>This server's data directory and database as environment variables, for a Studio.Web run as a child process on them.</summary>
    public Dictionary<string, string> ChildEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["Studio__DataDirectory"] = dataDirectory };
        if (IsPostgres)
        {
            environment["Studio__Database"] = "postgres";
            environment["ConnectionStrings__Studio"] = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = databaseName }.ConnectionString;
        }

        return environment;
    }

    public async Task InitializeAsync()
    {
        if (IsPostgres && owner)
        {
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Starting the host applies the migrations and seeds the default data.
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PersonsService>().EnsureAdminAsync(AdminEmail, AdminPassword, CancellationToken.None);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (!owner)
        {
            return;
        }

        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Studio:DataDirectory", dataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (IsPostgres)
        {
            var connection = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = databaseName };
            builder.UseSetting("Studio:Database", "postgres");
            builder.UseSetting("ConnectionStrings:Studio", connection.ConnectionString);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureTestServices(services =>
        {
            // Every context the services open is watched by Faults (the original factory is kept underneath).
            var original = services.Last(d => d.ServiceType == typeof(IDbContextFactory<StudioDbContext>));
            services.Remove(original);
            services.AddSingleton(Faults);
            services.AddSingleton<IDbContextFactory<StudioDbContext>>(sp => new SaveFaults.Factory(
                (IDbContextFactory<StudioDbContext>)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), Faults));
        });
    }
}
