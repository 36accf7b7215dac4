using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Breakdown;

/// <summary>
/// The kinds of entity: an entity type named Shot, Sequence, Scene, Edit, Concept or Episode is that kind;
/// every other entity type is an asset type and its entities are Assets.
/// </summary>
public static class EntityKinds
{
    public const string Asset = "Asset";

    public static readonly IReadOnlySet<string> Temporal = new HashSet<string>(StringComparer.Ordinal) { "Shot", "Sequence", "Scene", "Edit", "Concept", "Episode" };

    public static string KindOf(string entityTypeName) => Temporal.Contains(entityTypeName) ? entityTypeName : Asset;

    /// <summary>The kind of each of the given entity types.</summary>
    public static async Task<Dictionary<Guid, string>> KindsAsync(StudioDbContext db, IEnumerable<Guid> entityTypeIds, CancellationToken cancellationToken)
    {
        var ids = entityTypeIds.Distinct().ToList();
        return await db.Set<EntityType>().AsNoTracking().Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => KindOf(t.Name), cancellationToken);
    }
}
