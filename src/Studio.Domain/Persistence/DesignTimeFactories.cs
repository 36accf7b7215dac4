using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Studio.Domain.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context (migrations only; no database is touched).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStudioDbContext>
{
    public SqliteStudioDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteStudioDbContext>();
        StudioDatabaseExtensions.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqliteStudioDbContext(builder.Options);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context (migrations only; no database is touched).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStudioDbContext>
{
    public PostgresStudioDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresStudioDbContext>();
        StudioDatabaseExtensions.ConfigurePostgres(builder, "Host=localhost;Database=studio_design");
        return new PostgresStudioDbContext(builder.Options);
    }
}
