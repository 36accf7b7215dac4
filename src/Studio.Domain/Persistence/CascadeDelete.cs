using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence;

/// <summary>
/// Zou's <c>force</c> deletions: removes rows with everything that depends on them, following the model's foreign
/// keys. A dependent row is removed with its principal, except where the key is only a reference that the row
/// survives (an optional link to a person, a preview or a background, and links between rows of one table), which
/// is set to NULL. Comments, whose task is an <c>object_id</c> without a foreign key, go with their task.
/// Runs inside the caller's transaction.
/// </summary>
public static class CascadeDelete
{
    private static readonly HashSet<Type> ReferenceTargets = [typeof(Person), typeof(PreviewFile), typeof(PreviewBackgroundFile)];

    private static readonly MethodInfo RemoveMethod = typeof(CascadeDelete).GetMethod(nameof(RemoveOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DependentsMethod = typeof(CascadeDelete).GetMethod(nameof(DependentIdsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DeleteMethod = typeof(CascadeDelete).GetMethod(nameof(DeleteWhereAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo NullifyMethod = typeof(CascadeDelete).GetMethod(nameof(NullifyWhereAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Removes the <typeparamref name="T"/> rows of <paramref name="ids"/> and what depends on them.</summary>
    public static Task RemoveAsync<T>(StudioDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
        where T : class, IZouEntity =>
        RemoveOfAsync<T>(db, [.. ids], cancellationToken);

    private static async Task RemoveOfAsync<T>(StudioDbContext db, List<Guid> ids, CancellationToken cancellationToken)
        where T : class, IZouEntity
    {
        if (ids.Count == 0)
        {
            return;
        }

        if (typeof(T) == typeof(ProductionTask))
        {
            var comments = await db.Set<Comment>().Where(c => ids.Contains(c.ObjectId)).Select(c => c.Id).ToListAsync(cancellationToken);
            await RemoveOfAsync<Comment>(db, comments, cancellationToken);
        }

        var entityType = db.Model.FindEntityType(typeof(T))!;
        foreach (var key in db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(k => k.PrincipalEntityType == entityType).ToList())
        {
            var dependent = key.DeclaringEntityType.ClrType;
            var property = key.Properties[0];
            var parameters = new object[] { db, property.Name, ids, cancellationToken };
            if (property.IsNullable && (ReferenceTargets.Contains(typeof(T)) || dependent == typeof(T)))
            {
                await (Task)NullifyMethod.MakeGenericMethod(dependent).Invoke(null, parameters)!;
            }
            else if (typeof(IZouEntity).IsAssignableFrom(dependent) && !IsLink(key.DeclaringEntityType))
            {
                var dependentIds = await (Task<List<Guid>>)DependentsMethod.MakeGenericMethod(dependent).Invoke(null, parameters)!;
                await (Task)RemoveMethod.MakeGenericMethod(dependent).Invoke(null, [db, dependentIds, cancellationToken])!;
            }
            else
            {
                await (Task)DeleteMethod.MakeGenericMethod(dependent).Invoke(null, parameters)!;
            }
        }

        await db.Set<T>().Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Link rows (an id and two keys) have no dependents and are removed directly.</summary>
    private static bool IsLink(IEntityType type) => type.GetForeignKeys().Count() >= 2 && !type.GetNavigations().Any()
        && type.ClrType.Name.EndsWith("Link", StringComparison.Ordinal);

    private static Task<List<Guid>> DependentIdsAsync<TD>(StudioDbContext db, string property, List<Guid> ids, CancellationToken cancellationToken)
        where TD : class, IZouEntity =>
        db.Set<TD>().Where(In<TD>(property, ids)).Select(r => r.Id).ToListAsync(cancellationToken);

    private static Task<int> DeleteWhereAsync<TD>(StudioDbContext db, string property, List<Guid> ids, CancellationToken cancellationToken)
        where TD : class =>
        db.Set<TD>().Where(In<TD>(property, ids)).ExecuteDeleteAsync(cancellationToken);

    private static Task<int> NullifyWhereAsync<TD>(StudioDbContext db, string property, List<Guid> ids, CancellationToken cancellationToken)
        where TD : class =>
        db.Set<TD>().Where(In<TD>(property, ids)).ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<Guid?>(r, property), (Guid?)null), cancellationToken);

    private static Expression<Func<TD, bool>> In<TD>(string property, List<Guid> ids)
    {
        var row = Expression.Parameter(typeof(TD), "r");
        var value = Expression.Convert(Expression.Property(row, property), typeof(Guid?));
        var holder = Expression.Property(Expression.Constant(new Holder([.. ids.Select(i => (Guid?)i)])), nameof(Holder.Ids));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid?)], holder, value);
        return Expression.Lambda<Func<TD, bool>>(contains, row);
    }

    private sealed class Holder(List<Guid?> ids)
    {
        public List<Guid?> Ids { get; } = ids;
    }
}
