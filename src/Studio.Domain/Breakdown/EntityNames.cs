using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Persistence;

namespace Studio.Domain.Breakdown;

/// <summary>
/// A name is used once per parent: two shots of a sequence, two assets of a type in a production, two sequences
/// of an episode cannot share it. The database's unique index cannot say so when the parent is empty (NULLs are
/// distinct), so the rule is checked here for every way an entity is created or renamed.
/// </summary>
public static class EntityNames
{
    public static async Task EnsureUniqueAsync(StudioDbContext db, Entity entity, CancellationToken cancellationToken)
    {
        var taken = await db.Set<Entity>().AnyAsync(e => e.Id != entity.Id && e.ProjectId == entity.ProjectId && e.EntityTypeId == entity.EntityTypeId
            && e.ParentId == entity.ParentId && e.Name == entity.Name, cancellationToken);
        if (taken)
        {
            var kind = (await EntityKinds.KindsAsync(db, [entity.EntityTypeId], cancellationToken)).GetValueOrDefault(entity.EntityTypeId, EntityKinds.Asset);
            throw new WrongParameterException($"{kind} already exists with this name.");
        }
    }
}
