using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Crud;

/// <summary>
/// The generic <c>/data/&lt;collection&gt;</c> operations of Zou: list with filters and pagination; get; create;
/// update; delete. Each write is one transaction with its <c>ApiEvent</c>. Results are the rows as the caller is shown
/// them (<see cref="CrudRow{T}"/>); <c>fields</c> only trims what the API writes.
/// </summary>
public sealed class CrudService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time, IOptions<StudioOptions> options, IServiceProvider services)
{
    private const int DefaultLimit = 100;
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "page", "limit", "relations", "fields", "force", "with_pass_hash" };

    public async Task<CrudList<T>> ListAsync<T>(CrudCollection<T> collection, Actor actor, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var context = new CrudContext(db, actor, time, options.Value, services) { Query = query };
        var rows = await collection.ScopeAsync(context, db.Set<T>().AsNoTracking(), cancellationToken);
        var refused = collection.RefusedFilters(actor);
        foreach (var (key, value) in query.Where(q => !Reserved.Contains(q.Key)))
        {
            if (refused.Contains(key))
            {
                throw new WrongParameterException($"Filtering on {key} is not allowed.");
            }

            if (!collection.TryApplySpecialFilter(context, ref rows, key, value, query))
            {
                rows = CrudFilters.Apply(rows, db, key, value);
            }
        }

        var page = ParsePage(query, "page");
        var limit = ParsePage(query, "limit") ?? DefaultLimit;
        var total = 0;
        if (page is { } p && p != -1)
        {
            total = await rows.CountAsync(cancellationToken);

            // The offset is computed in 64 bits: a huge page or limit is a page past the end, never an overflow.
            var offset = ((long)p - 1) * limit;
            rows = p <= 0 || limit <= 0 || offset >= total
                ? rows.Take(0)
                : rows.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
                    .Skip((int)offset).Take(limit);
        }
        else
        {
            page = null;
            rows = collection.MaxListSize is { } max ? rows.Take(max) : rows;
        }

        var list = await rows.ToListAsync(cancellationToken);
        var described = await DescribeAsync(context, collection, list, IsTrue(query, "relations"), CrudView.List, cancellationToken);
        return new CrudList<T>(described, page is { } asked ? new CrudPage(asked, limit, total) : null);
    }

    public async Task<CrudRow<T>> GetAsync<T>(CrudCollection<T> collection, Actor actor, Guid id, bool relations, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var context = new CrudContext(db, actor, time, options.Value, services);
        var row = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        await collection.CheckReadAsync(context, row, cancellationToken);
        return (await DescribeAsync(context, collection, [row], relations, CrudView.One, cancellationToken))[0];
    }

    public async Task<CrudRow<T>> CreateAsync<T>(CrudCollection<T> collection, Actor actor, CrudChanges<T> changes, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var context = new CrudContext(db, actor, time, options.Value, services);
        var row = new T();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await collection.NormalizeAsync(context, null, changes, cancellationToken);
        CrudWriter.EnsureRequired(collection.Model, changes);
        var relations = CrudWriter.Apply(row, changes, collection.ProtectedOnCreate, strict: true);
        row.Id = Guid.NewGuid();
        await collection.CheckCreateAsync(context, row, changes, cancellationToken);
        await collection.BeforeCreateAsync(context, row, changes, cancellationToken);
        await ProjectGuard.EnsureCreateAsync(context, collection, row, cancellationToken);
        db.Add(row);
        foreach (var (relation, ids) in relations)
        {
            await CrudRelations.ReplaceAsync(db, relation, row.Id, ids, cancellationToken);
        }

        var e = EventPublisher.Stage(db, await collection.EventNameAsync(context, row, "new", cancellationToken), await collection.EventPayloadAsync(context, row, cancellationToken), await collection.EventProjectAsync(context, row, "new", cancellationToken), actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e, .. context.Staged]);
        return (await DescribeAsync(context, collection, [row], relations: true, CrudView.Written, cancellationToken))[0] with { AccessToken = context.AccessToken };
    }

    public async Task<CrudRow<T>> UpdateAsync<T>(CrudCollection<T> collection, Actor actor, Guid id, CrudChanges<T> changes, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var context = new CrudContext(db, actor, time, options.Value, services);
        var row = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var projectBefore = await collection.ProjectOfRowAsync(context, row, cancellationToken);
        await collection.CheckUpdateAsync(context, row, changes, cancellationToken);
        await collection.NormalizeAsync(context, row, changes, cancellationToken);
        var relations = CrudWriter.Apply(row, changes, collection.ProtectedOnUpdate, strict: false);
        await collection.BeforeUpdateAsync(context, row, changes, cancellationToken);
        await ProjectGuard.EnsureUpdateAsync(context, collection, row, changes, projectBefore, cancellationToken);
        foreach (var (relation, ids) in relations)
        {
            await CrudRelations.ReplaceAsync(db, relation, row.Id, ids, cancellationToken);
        }

        db.Entry(row).State = db.Entry(row).State == EntityState.Unchanged ? EntityState.Modified : db.Entry(row).State;
        var e = EventPublisher.Stage(db, await collection.EventNameAsync(context, row, "update", cancellationToken), await collection.EventPayloadAsync(context, row, cancellationToken), await collection.EventProjectAsync(context, row, "update", cancellationToken), actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e, .. context.Staged]);
        return (await DescribeAsync(context, collection, [row], relations: false, CrudView.Written, cancellationToken))[0] with { AccessToken = context.AccessToken };
    }

    public async Task DeleteAsync<T>(CrudCollection<T> collection, Actor actor, Guid id, bool force, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var context = new CrudContext(db, actor, time, options.Value, services);
        var row = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        await collection.CheckDeleteAsync(context, row, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await collection.DeleteAsync(context, row, force, cancellationToken);
        var e = EventPublisher.Stage(db, await collection.EventNameAsync(context, row, "delete", cancellationToken), await collection.EventPayloadAsync(context, row, cancellationToken), await collection.EventProjectAsync(context, row, "delete", cancellationToken), actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e, .. context.Staged]);
        context.AfterCommit.ForEach(a => a());
    }

    private static async Task<IReadOnlyList<CrudRow<T>>> DescribeAsync<T>(CrudContext context, CrudCollection<T> collection, List<T> rows, bool relations, CrudView view, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        var links = relations && collection.Model.Relations.Count > 0
            ? await CrudRelations.LoadAsync(context.Db, collection.Model, [.. rows.Select(r => r.Id)], cancellationToken)
            : null;
        IReadOnlyDictionary<string, IReadOnlyList<Guid>>? LinksOf(T row) =>
            links is not null ? links[row.Id].ToDictionary(l => l.Key, l => (IReadOnlyList<Guid>)l.Value, StringComparer.Ordinal)
            : relations ? new Dictionary<string, IReadOnlyList<Guid>>(StringComparer.Ordinal)
            : null;
        return await collection.DescribeAsync(context, [.. rows.Select(r => new CrudRow<T>(r, LinksOf(r)))], view, cancellationToken);
    }

    private static int? ParsePage(IReadOnlyDictionary<string, string> query, string key)
    {
        if (!query.TryGetValue(key, out var text))
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new WrongParameterException($"{key} must be an integer.");
    }

    private static bool IsTrue(IReadOnlyDictionary<string, string> query, string key) =>
        query.TryGetValue(key, out var text) && CrudValues.ParseBool(text) == true;
}
