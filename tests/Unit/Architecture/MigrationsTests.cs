using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Tests.Unit.Architecture;

/// <summary>Every model change comes with a migration for both providers.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteModel_HasNoPendingChanges()
    {
        using var db = Sqlite();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void PostgresModel_HasNoPendingChanges()
    {
        using var db = Postgres();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void BothProviders_HaveTheSameTables()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        var tablesA = sqlite.Model.GetEntityTypes().Select(t => t.GetTableName()).Order().ToList();
        var tablesB = postgres.Model.GetEntityTypes().Select(t => t.GetTableName()).Order().ToList();

        Assert.Equal(tablesA, tablesB);
        Assert.Contains("person", tablesA);
        Assert.Contains("AspNetUserPasskeys", tablesA);
    }

    private static SqliteStudioDbContext Sqlite()
    {
        var options = new DbContextOptionsBuilder<SqliteStudioDbContext>();
        StudioDatabaseExtensions.ConfigureSqlite(options, "Data Source=:memory:");
        return new SqliteStudioDbContext(options.Options);
    }

    private static PostgresStudioDbContext Postgres()
    {
        var options = new DbContextOptionsBuilder<PostgresStudioDbContext>();
        StudioDatabaseExtensions.ConfigurePostgres(options, "Host=localhost;Database=unused");
        return new PostgresStudioDbContext(options.Options);
    }
}
