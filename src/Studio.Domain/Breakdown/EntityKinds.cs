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

    /// <summary>Whether the entity is a concept (whose tasks use the concept statuses).</summary>
    public static Task<bool> IsConceptAsync(StudioDbContext db, Guid? entityId, CancellationToken cancellationToken) =>
        db.Set<Entity>().AnyAsync(e => e.Id == entityId && db.Set<EntityType>().Any(t => t.Id == e.EntityTypeId && t.Name == "Concept"), cancellationToken);

    /// <summary>The entity type of that name, created on first use as Zou does for the temporal types.</summary>
    public static async Task<EntityType> TypeAsync(StudioDbContext db, string name, CancellationToken cancellationToken)
    {
        var type = await db.Set<EntityType>().FirstOrDefaultAsync(t => t.Name == name, cancellationToken)
            ?? db.ChangeTracker.Entries<EntityType>().Select(e => e.Entity).FirstOrDefault(t => t.Name == name);
        if (type is null)
        {
            type = new EntityType { Id = Guid.NewGuid(), Name = name };
            db.Add(type);
        }

        return type;
    }

    /// <summary>The ids of every asset type (entity types that are not temporal).</summary>
    public static Task<List<Guid>> AssetTypeIdsAsync(StudioDbContext db, CancellationToken cancellationToken)
    {
        string[] temporal = [.. Temporal];
        return db.Set<EntityType>().Where(t => !temporal.Contains(t.Name)).Select(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The entity type ids of a kind: every asset type for Asset, else the type of that name.</summary>
    public static Task<List<Guid>> TypeIdsOfKindAsync(StudioDbContext db, string kind, CancellationToken cancellationToken) =>
        kind == Asset ? AssetTypeIdsAsync(db, cancellationToken) : db.Set<EntityType>().Where(t => t.Name == kind).Select(t => t.Id).ToListAsync(cancellationToken);
}
