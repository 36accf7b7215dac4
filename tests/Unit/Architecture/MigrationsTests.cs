using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Tests.Unit.Architecture;

/// <summary>Every model change comes with a migration for both providers.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteModel_HasNoPendingChanges()
    {
        var options = new DbContextOptionsBuilder<SqliteStudioDbContext>();
        StudioDatabaseExtensions.ConfigureSqlite(options, "Data Source=:memory:");
        using var db = new SqliteStudioDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void PostgresModel_HasNoPendingChanges()
    {
        var options = new DbContextOptionsBuilder<PostgresStudioDbContext>();
        StudioDatabaseExtensions.ConfigurePostgres(options, "Host=localhost;Database=unused");
        using var db = new PostgresStudioDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void BothProviders_HaveTheSameTables()
    {
        var sqlite = new DbContextOptionsBuilder<SqliteStudioDbContext>();
        StudioDatabaseExtensions.ConfigureSqlite(sqlite, "Data Source=:memory:");
        var postgres = new DbContextOptionsBuilder<PostgresStudioDbContext>();
        StudioDatabaseExtensions.ConfigurePostgres(postgres, "Host=localhost;Database=unused");
        using var a = new SqliteStudioDbContext(sqlite.Options);
        using var b = new PostgresStudioDbContext(postgres.Options);

        var tablesA = a.Model.GetEntityTypes().Select(t => t.GetTableName()).Order().ToList();
        var tablesB = b.Model.GetEntityTypes().Select(t => t.GetTableName()).Order().ToList();

        Assert.Equal(tablesA, tablesB);
        Assert.Contains("person", tablesA);
        Assert.Contains("AspNetUserPasskeys", tablesA);
    }
}
