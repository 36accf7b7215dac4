using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Breakdown;

/// <summary>
/// ZOU's full name of an entity (names_service.get_full_entity_name), the name that tells two entities apart
/// across a production: an asset reads its asset type then its name (<c>Character / Hero</c>); an episode reads
/// its own name; any other entity reads the names of its parents from the episode down, then its own
/// (<c>E01 / SQ01 / SH010</c> for a shot of a TV show, <c>SQ01 / SH010</c> without episodes, <c>E01 / SQ01</c>
/// for a sequence). Without the episode, the shots of two episodes that share sequence and shot names look alike.
/// </summary>
public sealed class EntityFullNames
{
    private readonly Dictionary<Guid, Entity> parents;
    private readonly Dictionary<Guid, string> typeNames;

    private EntityFullNames(Dictionary<Guid, Entity> parents, Dictionary<Guid, string> typeNames)
    {
        this.parents = parents;
        this.typeNames = typeNames;
    }

    /// <summary>The rule, from names already at hand (the UI's rows carry them).</summary>
    public static string Of(string kind, string? typeName, string name, string? parentName, string? grandparentName)
    {
        if (kind == EntityKinds.Asset)
        {
            return string.IsNullOrEmpty(typeName) ? name : $"{typeName} / {name}";
        }

        if (kind == "Episode")
        {
            return name;
        }

        return string.Join(" / ", new[] { grandparentName, parentName, name }.Where(n => !string.IsNullOrEmpty(n)));
    }

    /// <summary>
    /// The names of a batch of entities: their parents and grandparents come in one query, their types in another,
    /// whatever the size of the batch.
    /// </summary>
    public static async Task<EntityFullNames> LoadAsync(StudioDbContext db, IReadOnlyCollection<Entity> entities, CancellationToken cancellationToken)
    {
        var parentIds = entities.Select(e => e.ParentId).OfType<Guid>().Distinct().ToList();
        var parents = parentIds.Count == 0 ? []
            : await db.Set<Entity>().AsNoTracking()
                .Where(e => parentIds.Contains(e.Id) || db.Set<Entity>().Any(child => parentIds.Contains(child.Id) && child.ParentId == e.Id))
                .ToDictionaryAsync(e => e.Id, cancellationToken);
        var typeIds = entities.Select(e => e.EntityTypeId).Distinct().ToList();
        var typeNames = await db.Set<EntityType>().AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return new EntityFullNames(parents, typeNames);
    }

    /// <summary>The parent of an entity of the batch (a shot's sequence, a sequence's episode), if any.</summary>
    public Entity? ParentOf(Entity entity) => entity.ParentId is { } p ? parents.GetValueOrDefault(p) : null;

    /// <summary>The kind of an entity of the batch.</summary>
    public string KindOf(Entity entity) => EntityKinds.KindOf(typeNames.GetValueOrDefault(entity.EntityTypeId) ?? "");

    /// <summary>The full name of an entity of the batch.</summary>
    public string Of(Entity entity)
    {
        var typeName = typeNames.GetValueOrDefault(entity.EntityTypeId);
        var parent = ParentOf(entity);
        var grandparent = parent is null ? null : ParentOf(parent);
        return Of(KindOf(entity), typeName, entity.Name, parent?.Name, grandparent?.Name);
    }
}
