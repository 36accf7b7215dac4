using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Studio.Domain.Settings;

namespace Studio.Tests.Unit.Architecture;

/// <summary>
/// An installation seeded before the client and default rules (every status client-allowed, Neutral a second
/// default) is brought to the current seed by its migration; statuses the studio made itself keep their flags.
/// Runs on PostgreSQL too when <c>STUDIO_TEST_POSTGRES</c> is set.
/// </summary>
public sealed class SeededStatusMigrationTests
{
    [Fact]
    public async Task OldSeed_ClientsKeepOnlyRetakeApprovedRejected_OneDefaultLeft()
    {
        await using var database = await MigrationDatabase.CreateAsync();
        await using (var db = database.Context())
        {
            await db.GetService<IMigrator>().MigrateAsync("Use12HourClockColumn");
            var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            db.AddRange(
                Old("Todo", "todo", isDefault: true, concept: false, created),
                Old("Done", "done", isDefault: false, concept: false, created),
                Old("Retake", "retake", isDefault: false, concept: false, created),
                Old("Neutral", "neutral", isDefault: true, concept: true, created.AddSeconds(1)),
                Old("Approved", "approved", isDefault: false, concept: true, created.AddSeconds(1)),
                Old("Client review", "crev", isDefault: false, concept: false, created.AddSeconds(2)));
            await db.SaveChangesAsync();
        }

        await using (var db = database.Context())
        {
            await db.GetService<IMigrator>().MigrateAsync();
            var statuses = await db.Set<ProductionTaskStatus>().AsNoTracking().ToDictionaryAsync(s => s.ShortName);

            Assert.Equal(["approved", "crev", "retake"], statuses.Values.Where(s => s.IsClientAllowed).Select(s => s.ShortName).Order());
            Assert.Equal("todo", Assert.Single(statuses.Values, s => s.IsDefault).ShortName);
            Assert.True(statuses["neutral"].ForConcept);
        }
    }

    private static ProductionTaskStatus Old(string name, string shortName, bool isDefault, bool concept, DateTime created) => new()
    {
        Id = Guid.NewGuid(), Name = name, ShortName = shortName, Color = "#f5f5f5", IsDefault = isDefault, ForConcept = concept,
        IsClientAllowed = true, CreatedAt = created, UpdatedAt = created,
    };
}
