using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Persistence;

namespace Studio.Domain.Crud;

/// <summary>Reads and writes the id lists of a model's relations (association tables).</summary>
internal static class CrudRelations
{
    /// <summary>For each row id, each relation name and its related ids; one query per relation.</summary>
    public static async Task<Dictionary<Guid, Dictionary<string, List<Guid>>>> LoadAsync(
        StudioDbContext db, ZouModel model, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var result = ids.Distinct().ToDictionary(id => id, _ => new Dictionary<string, List<Guid>>(StringComparer.Ordinal));
        foreach (var relation in model.Relations)
        {
            foreach (var id in result.Keys)
            {
                result[id][relation.Name] = [];
            }

            if (result.Count == 0)
            {
                continue;
            }

            var pairs = await (Task<List<KeyValuePair<Guid, Guid>>>)typeof(CrudRelations)
                .GetMethod(nameof(PairsAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(relation.LinkType)
                .Invoke(null, [db, relation, result.Keys.ToList(), cancellationToken])!;
            foreach (var (owner, target) in pairs)
            {
                result[owner][relation.Name].Add(target);
            }
        }

        return result;
    }

    /// <summary>Replaces the links of one relation of a row with the given ids that exist (Zou drops unknown ids).</summary>
    public static async Task ReplaceAsync(StudioDbContext db, RelationAttribute relation, Guid ownerId, IReadOnlyCollection<Guid> targetIds, CancellationToken cancellationToken)
    {
        // One-to-many relations (e.g. a comment's attachment files) are owned by the other side: not written here.
        if (relation.TargetKey == "Id")
        {
            return;
        }

        await (Task)typeof(CrudRelations)
            .GetMethod(nameof(ReplaceLinksAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(relation.LinkType)
            .Invoke(null, [db, relation, ownerId, targetIds, cancellationToken])!;
    }

    private static async Task<List<KeyValuePair<Guid, Guid>>> PairsAsync<TLink>(
        StudioDbContext db, RelationAttribute relation, List<Guid> ids, CancellationToken cancellationToken)
        where TLink : class
    {
        var link = Expression.Parameter(typeof(TLink), "l");
        var owner = Expression.Convert(Expression.Property(link, relation.OwnerKey), typeof(Guid?));
        var target = Expression.Convert(Expression.Property(link, relation.TargetKey), typeof(Guid?));
        var idsHolder = Expression.Property(Expression.Constant(new IdsHolder([.. ids.Select(i => (Guid?)i)])), nameof(IdsHolder.Ids));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid?)], idsHolder, owner);
        var selector = Expression.Lambda<Func<TLink, OwnerTarget>>(
            Expression.MemberInit(Expression.New(typeof(OwnerTarget)),
                Expression.Bind(typeof(OwnerTarget).GetProperty(nameof(OwnerTarget.Owner))!, owner),
                Expression.Bind(typeof(OwnerTarget).GetProperty(nameof(OwnerTarget.Target))!, target)),
            link);
        var rows = await db.Set<TLink>().AsNoTracking()
            .Where(Expression.Lambda<Func<TLink, bool>>(contains, link))
            .Select(selector)
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Owner is not null && r.Target is not null)
            .Select(r => new KeyValuePair<Guid, Guid>(r.Owner!.Value, r.Target!.Value))];
    }

    private static async Task ReplaceLinksAsync<TLink>(StudioDbContext db, RelationAttribute relation, Guid ownerId, IReadOnlyCollection<Guid> targetIds, CancellationToken cancellationToken)
        where TLink : class, new()
    {
        var set = db.Set<TLink>();
        var existing = await set.Where(l => EF.Property<Guid>(l, relation.OwnerKey) == ownerId).ToListAsync(cancellationToken);
        set.RemoveRange(existing);

        var targetType = db.Model.FindEntityType(typeof(TLink))!.GetForeignKeys()
            .First(fk => fk.Properties.Any(p => p.Name == relation.TargetKey)).PrincipalEntityType;
        var known = await ExistingIdsAsync(db, targetType.ClrType, targetIds, cancellationToken);
        foreach (var target in targetIds.Distinct().Where(known.Contains))
        {
            var row = new TLink();
            typeof(TLink).GetProperty(relation.OwnerKey)!.SetValue(row, ownerId);
            typeof(TLink).GetProperty(relation.TargetKey)!.SetValue(row, target);
            if (row is IZouEntity entity)
            {
                entity.Id = Guid.NewGuid();
            }

            set.Add(row);
        }
    }

    private static async Task<HashSet<Guid>> ExistingIdsAsync(StudioDbContext db, Type type, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var method = typeof(CrudRelations).GetMethod(nameof(ExistingIdsOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        return await (Task<HashSet<Guid>>)method.Invoke(null, [db, ids, cancellationToken])!;
    }

    private static async Task<HashSet<Guid>> ExistingIdsOfAsync<TTarget>(StudioDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
        where TTarget : class
    {
        var list = ids.ToList();
        var found = await db.Set<TTarget>().Where(t => list.Contains(EF.Property<Guid>(t, "Id")))
            .Select(t => EF.Property<Guid>(t, "Id")).ToListAsync(cancellationToken);
        return [.. found];
    }

    private sealed class IdsHolder(List<Guid?> ids)
    {
        public List<Guid?> Ids { get; } = ids;
    }

    private sealed class OwnerTarget
    {
        public Guid? Owner { get; set; }

        public Guid? Target { get; set; }
    }
}
