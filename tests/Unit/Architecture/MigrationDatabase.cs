using Microsoft.EntityFrameworkCore;
using Npgsql;
using Studio.Domain.Persistence;

namespace Studio.Tests.Unit.Architecture;

/// <summary>An empty database of the provider under test: a SQLite file, or a PostgreSQL database dropped afterwards.</summary>
internal sealed class MigrationDatabase : IAsyncDisposable
{
    private readonly string? postgresAdmin = Environment.GetEnvironmentVariable("STUDIO_TEST_POSTGRES");
    private readonly string name = "studio_migration_" + Guid.NewGuid().ToString("N");
    private readonly string file = Path.Combine(Path.GetTempPath(), "studio-migration-" + Guid.NewGuid().ToString("N") + ".db");

    private bool IsPostgres => !string.IsNullOrEmpty(postgresAdmin);

    public static async Task<MigrationDatabase> CreateAsync()
    {
        var database = new MigrationDatabase();
        if (database.IsPostgres)
        {
            await using var connection = new NpgsqlConnection(database.postgresAdmin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return database;
    }

    public StudioDbContext Context()
    {
        if (IsPostgres)
        {
            var options = new DbContextOptionsBuilder<PostgresStudioDbContext>();
            StudioDatabaseExtensions.ConfigurePostgres(options, new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name }.ConnectionString);
            return new PostgresStudioDbContext(options.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteStudioDbContext>();
        StudioDatabaseExtensions.ConfigureSqlite(sqlite, $"Data Source={file};Pooling=False");
        return new SqliteStudioDbContext(sqlite.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}
