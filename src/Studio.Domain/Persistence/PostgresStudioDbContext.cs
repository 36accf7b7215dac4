using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Studio.Domain.Persistence;

/// <summary>The production database (Zou's own); migrations in <c>Persistence/Migrations/Postgres</c>.</summary>
public sealed class PostgresStudioDbContext(DbContextOptions<PostgresStudioDbContext> options) : StudioDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<JsonNode>().HaveColumnType("jsonb");
    }
}
