using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Persons;

/// <summary>
/// The software licences and hardware items each department uses (what a budget forecast counts per person of the
/// department). Administrators only, as in Zou.
/// </summary>
public sealed class DepartmentEquipmentService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>Every department's software, by department id.</summary>
    public Task<IReadOnlyDictionary<Guid, IReadOnlyList<Software>>> AllSoftwareAsync(Actor actor, CancellationToken cancellationToken) =>
        AllAsync<Software, SoftwareDepartmentLink>(actor, nameof(SoftwareDepartmentLink.SoftwareId), cancellationToken);

    /// <summary>Every department's hardware items, by department id.</summary>
    public Task<IReadOnlyDictionary<Guid, IReadOnlyList<HardwareItem>>> AllHardwareAsync(Actor actor, CancellationToken cancellationToken) =>
        AllAsync<HardwareItem, HardwareItemDepartmentLink>(actor, nameof(HardwareItemDepartmentLink.HardwareItemId), cancellationToken);

    public Task<IReadOnlyList<Software>> SoftwareOfAsync(Actor actor, Guid departmentId, CancellationToken cancellationToken) =>
        OfAsync<Software, SoftwareDepartmentLink>(actor, departmentId, nameof(SoftwareDepartmentLink.SoftwareId), cancellationToken);

    public Task<IReadOnlyList<HardwareItem>> HardwareOfAsync(Actor actor, Guid departmentId, CancellationToken cancellationToken) =>
        OfAsync<HardwareItem, HardwareItemDepartmentLink>(actor, departmentId, nameof(HardwareItemDepartmentLink.HardwareItemId), cancellationToken);

    /// <summary>Links a software to a department (the existing link when there is one).</summary>
    public Task<SoftwareDepartmentLink> AddSoftwareAsync(Actor actor, Guid departmentId, Guid softwareId, CancellationToken cancellationToken) =>
        AddAsync<Software, SoftwareDepartmentLink>(actor, departmentId, softwareId, nameof(SoftwareDepartmentLink.SoftwareId),
            () => new SoftwareDepartmentLink { Id = Guid.NewGuid(), DepartmentId = departmentId, SoftwareId = softwareId }, cancellationToken);

    /// <summary>Links a hardware item to a department (the existing link when there is one).</summary>
    public Task<HardwareItemDepartmentLink> AddHardwareAsync(Actor actor, Guid departmentId, Guid hardwareItemId, CancellationToken cancellationToken) =>
        AddAsync<HardwareItem, HardwareItemDepartmentLink>(actor, departmentId, hardwareItemId, nameof(HardwareItemDepartmentLink.HardwareItemId),
            () => new HardwareItemDepartmentLink { Id = Guid.NewGuid(), DepartmentId = departmentId, HardwareItemId = hardwareItemId }, cancellationToken);

    /// <summary>Gives the department exactly <paramref name="softwareIds"/>: links the new ones, unlinks the others, in one write.</summary>
    public Task SetSoftwareAsync(Actor actor, Guid departmentId, IReadOnlyCollection<Guid> softwareIds, CancellationToken cancellationToken) =>
        SetAsync<Software, SoftwareDepartmentLink>(actor, departmentId, softwareIds, nameof(SoftwareDepartmentLink.SoftwareId),
            id => new SoftwareDepartmentLink { Id = Guid.NewGuid(), DepartmentId = departmentId, SoftwareId = id }, cancellationToken);

    /// <summary>Gives the department exactly <paramref name="hardwareItemIds"/>: links the new ones, unlinks the others, in one write.</summary>
    public Task SetHardwareAsync(Actor actor, Guid departmentId, IReadOnlyCollection<Guid> hardwareItemIds, CancellationToken cancellationToken) =>
        SetAsync<HardwareItem, HardwareItemDepartmentLink>(actor, departmentId, hardwareItemIds, nameof(HardwareItemDepartmentLink.HardwareItemId),
            id => new HardwareItemDepartmentLink { Id = Guid.NewGuid(), DepartmentId = departmentId, HardwareItemId = id }, cancellationToken);

    public Task RemoveSoftwareAsync(Actor actor, Guid departmentId, Guid softwareId, CancellationToken cancellationToken) =>
        RemoveAsync<Software, SoftwareDepartmentLink>(actor, departmentId, softwareId, nameof(SoftwareDepartmentLink.SoftwareId), cancellationToken);

    public Task RemoveHardwareAsync(Actor actor, Guid departmentId, Guid hardwareItemId, CancellationToken cancellationToken) =>
        RemoveAsync<HardwareItem, HardwareItemDepartmentLink>(actor, departmentId, hardwareItemId, nameof(HardwareItemDepartmentLink.HardwareItemId), cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, IReadOnlyList<TItem>>> AllAsync<TItem, TLink>(Actor actor, string itemKey, CancellationToken cancellationToken)
        where TItem : ZouEntity
        where TLink : class
    {
        ProjectAccess.EnsureAdmin(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from link in db.Set<TLink>()
            join item in db.Set<TItem>() on EF.Property<Guid>(link, itemKey) equals item.Id
            select new { Department = EF.Property<Guid>(link, nameof(SoftwareDepartmentLink.DepartmentId)), Item = item })
            .AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Department).ToDictionary(g => g.Key, g => (IReadOnlyList<TItem>)[.. g.Select(r => r.Item).OrderBy(i => i.CreatedAt)]);
    }

    private async Task<IReadOnlyList<TItem>> OfAsync<TItem, TLink>(Actor actor, Guid departmentId, string itemKey, CancellationToken cancellationToken)
        where TItem : ZouEntity
        where TLink : class
    {
        ProjectAccess.EnsureAdmin(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync<Department>(db, departmentId, cancellationToken);
        var linked = db.Set<TLink>().Where(l => EF.Property<Guid>(l, nameof(SoftwareDepartmentLink.DepartmentId)) == departmentId).Select(l => EF.Property<Guid>(l, itemKey));
        return await db.Set<TItem>().AsNoTracking().Where(i => linked.Contains(i.Id)).OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);
    }

    private async Task<TLink> AddAsync<TItem, TLink>(Actor actor, Guid departmentId, Guid itemId, string itemKey, Func<TLink> create, CancellationToken cancellationToken)
        where TItem : ZouEntity
        where TLink : class
    {
        ProjectAccess.EnsureAdmin(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync<Department>(db, departmentId, cancellationToken);
        await EnsureExistsAsync<TItem>(db, itemId, cancellationToken);
        var existing = await Links<TLink>(db, departmentId, itemId, itemKey).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var link = create();
        db.Add(link);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        return link;
    }

    private async Task SetAsync<TItem, TLink>(Actor actor, Guid departmentId, IReadOnlyCollection<Guid> itemIds, string itemKey, Func<Guid, TLink> create,
        CancellationToken cancellationToken)
        where TItem : ZouEntity
        where TLink : class
    {
        ProjectAccess.EnsureAdmin(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync<Department>(db, departmentId, cancellationToken);
        var wanted = itemIds.Distinct().ToList();
        if (await db.Set<TItem>().CountAsync(i => wanted.Contains(i.Id), cancellationToken) != wanted.Count)
        {
            throw new NotFoundException();
        }

        var links = await db.Set<TLink>().Where(l => EF.Property<Guid>(l, nameof(SoftwareDepartmentLink.DepartmentId)) == departmentId).ToListAsync(cancellationToken);
        var had = links.Select(l => db.Entry(l).Property<Guid>(itemKey).CurrentValue).ToList();
        db.RemoveRange(links.Where(l => !wanted.Contains(db.Entry(l).Property<Guid>(itemKey).CurrentValue)));
        db.AddRange(wanted.Except(had).Select(create));
        await DatabaseErrors.SaveAsync(db, cancellationToken);
    }

    private async Task RemoveAsync<TItem, TLink>(Actor actor, Guid departmentId, Guid itemId, string itemKey, CancellationToken cancellationToken)
        where TItem : ZouEntity
        where TLink : class
    {
        ProjectAccess.EnsureAdmin(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync<Department>(db, departmentId, cancellationToken);
        await EnsureExistsAsync<TItem>(db, itemId, cancellationToken);
        await Links<TLink>(db, departmentId, itemId, itemKey).ExecuteDeleteAsync(cancellationToken);
    }

    private static IQueryable<TLink> Links<TLink>(StudioDbContext db, Guid departmentId, Guid itemId, string itemKey)
        where TLink : class =>
        db.Set<TLink>().Where(l => EF.Property<Guid>(l, nameof(SoftwareDepartmentLink.DepartmentId)) == departmentId && EF.Property<Guid>(l, itemKey) == itemId);

    private static async Task EnsureExistsAsync<T>(StudioDbContext db, Guid id, CancellationToken cancellationToken)
        where T : ZouEntity
    {
        if (!await db.Set<T>().AnyAsync(r => r.Id == id, cancellationToken))
        {
            throw new NotFoundException();
        }
    }
}
