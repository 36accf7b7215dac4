using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence;

/// <summary>
/// The one store of Studio: Zou's tables and ASP.NET Core Identity's. Each database provider derives its own
/// context (<see cref="SqliteStudioDbContext"/>, <see cref="PostgresStudioDbContext"/>) with its own migrations.
/// </summary>
public abstract class StudioDbContext(DbContextOptions options)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(StudioDbContext).Assembly);

        // Zou has no database cascades except where its models say ondelete='CASCADE' (configured explicitly):
        // deleting a referenced row must fail, and the services decide what goes with it.
        foreach (var foreignKey in builder.Model.GetEntityTypes()
                     .Where(t => t.ClrType.Namespace?.StartsWith("Studio.", StringComparison.Ordinal) == true)
                     .SelectMany(t => t.GetDeclaredForeignKeys()))
        {
            var source = ((IConventionForeignKey)foreignKey).GetDeleteBehaviorConfigurationSource();
            if (source != ConfigurationSource.Explicit && foreignKey.DeclaringEntityType.ClrType != typeof(Person))
            {
                foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<JsonNode>().HaveConversion<JsonNodeConverter, JsonNodeComparer>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
