using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;

namespace Studio.Domain.SearchFilters;

/// <summary>
/// The caller's saved searches and their groups (Zou's <c>/data/user/filters</c>, <c>/data/user/filter-groups</c>):
/// listed with those shared in the caller's productions, created, changed and removed by their owner (or an admin).
/// Only a project manager shares one with the team; otherwise <c>is_shared</c> is silently turned off.
/// </summary>
public sealed class UserFiltersService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>The caller's saved searches and those shared in their productions, by name.</summary>
    public async Task<IReadOnlyList<SearchFilter>> FiltersAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await VisibleAsync<SearchFilter>(db, actor, cancellationToken);
    }

    /// <summary>The caller's groups of saved searches and those shared in their productions, newest first.</summary>
    public async Task<IReadOnlyList<SearchFilterGroup>> GroupsAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await VisibleAsync<SearchFilterGroup>(db, actor, cancellationToken);
    }

    /// <summary>
    /// The caller's saved searches (or groups) and those shared in their productions; one restricted to a department
    /// only for its members and managers. Searches by name, groups newest first.
    /// </summary>
    internal static async Task<List<T>> VisibleAsync<T>(StudioDbContext db, Actor actor, CancellationToken cancellationToken)
        where T : class, IZouEntity
    {
        var me = actor.PersonId;
        var projects = (await new ProjectAccess(db, actor).TeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
        var departments = await db.Set<DepartmentLink>().Where(l => l.PersonId == me).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        return typeof(T) == typeof(SearchFilter)
            ? [.. (await db.Set<SearchFilter>().AsNoTracking()
                .Where(f => f.PersonId == me || (f.IsShared && f.ProjectId != null && projects.Contains(f.ProjectId.Value)))
                .Where(f => f.DepartmentId == null || actor.IsManager || departments.Contains(f.DepartmentId.Value))
                .OrderBy(f => f.Name).ToListAsync(cancellationToken)).Cast<T>()]
            : [.. (await db.Set<SearchFilterGroup>().AsNoTracking()
                .Where(f => f.PersonId == me || (f.IsShared && f.ProjectId != null && projects.Contains(f.ProjectId.Value)))
                .Where(f => f.DepartmentId == null || actor.IsManager || departments.Contains(f.DepartmentId.Value))
                .OrderByDescending(f => f.CreatedAt).ToListAsync(cancellationToken)).Cast<T>()];
    }

    /// <summary>Saves a search for the caller.</summary>
    public async Task<SearchFilter> CreateFilterAsync(Actor actor, SearchFilterDraft draft, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var filter = new SearchFilter
        {
            Id = Guid.NewGuid(),
            Name = draft.Name,
            SearchQuery = draft.Query,
            ListType = draft.ListType ?? "todo",
            EntityType = draft.EntityType,
            PersonId = actor.PersonId,
            ProjectId = draft.ProjectId,
            DepartmentId = draft.DepartmentId,
            SearchFilterGroupId = draft.GroupId,
        };
        filter.IsShared = await MayShareAsync(db, actor, filter.ProjectId, draft.IsShared, cancellationToken);
        await CheckLinksAsync(db, filter.DepartmentId, filter.SearchFilterGroupId, filter.IsShared, cancellationToken);
        db.Add(filter);
        return await SaveAsync(db, actor, filter, "search-filter:new", cancellationToken);
    }

    public async Task<SearchFilter> UpdateFilterAsync(Actor actor, Guid id, SearchFilterChanges changes, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var filter = await OwnAsync<SearchFilter>(db, actor, id, cancellationToken);
        filter.Name = changes.Name ?? filter.Name;
        filter.SearchQuery = changes.SearchQuery ?? filter.SearchQuery;
        filter.ProjectId = changes.ProjectId is { } project ? project.Value : filter.ProjectId;
        filter.DepartmentId = changes.DepartmentId is { } department ? department.Value : filter.DepartmentId;
        filter.SearchFilterGroupId = changes.GroupId is { } group ? group.Value : filter.SearchFilterGroupId;
        if (changes.IsShared is { } shared && shared != filter.IsShared)
        {
            filter.IsShared = await MayShareAsync(db, actor, filter.ProjectId, shared, cancellationToken);
        }

        await CheckLinksAsync(db, filter.DepartmentId, filter.SearchFilterGroupId, filter.IsShared, cancellationToken);
        return await SaveAsync(db, actor, filter, "search-filter:update", cancellationToken);
    }

    /// <summary>Creates a group of saved searches for the caller.</summary>
    public async Task<SearchFilterGroup> CreateGroupAsync(Actor actor, SearchFilterGroupDraft draft, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var group = new SearchFilterGroup
        {
            Id = Guid.NewGuid(),
            Name = draft.Name,
            Color = draft.Color ?? "",
            ListType = draft.ListType ?? "todo",
            EntityType = draft.EntityType,
            PersonId = actor.PersonId,
            ProjectId = draft.ProjectId,
            DepartmentId = draft.DepartmentId,
        };
        group.IsShared = await MayShareAsync(db, actor, group.ProjectId, draft.IsShared, cancellationToken);
        await CheckLinksAsync(db, group.DepartmentId, null, group.IsShared, cancellationToken);
        db.Add(group);
        return await SaveAsync(db, actor, group, "search-filter-group:new", cancellationToken);
    }

    public async Task<SearchFilterGroup> GroupAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await OwnAsync<SearchFilterGroup>(db, actor, id, cancellationToken);
    }

    /// <summary>ZOU: the filters of a group follow its sharing, or they could never be changed again.</summary>
    public async Task<SearchFilterGroup> UpdateGroupAsync(Actor actor, Guid id, SearchFilterGroupChanges changes, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // The filters' sharing is written straight away: a refused link afterwards must take it back.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var group = await OwnAsync<SearchFilterGroup>(db, actor, id, cancellationToken);
        group.Name = changes.Name ?? group.Name;
        group.Color = changes.Color ?? group.Color;
        group.ProjectId = changes.ProjectId is { } project ? project.Value : group.ProjectId;
        group.DepartmentId = changes.DepartmentId is { } department ? department.Value : group.DepartmentId;
        if (changes.IsShared is { } shared && shared != group.IsShared)
        {
            group.IsShared = await MayShareAsync(db, actor, group.ProjectId, shared, cancellationToken);
            await db.Set<SearchFilter>().Where(f => f.SearchFilterGroupId == group.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.IsShared, group.IsShared), cancellationToken);
        }

        await CheckLinksAsync(db, group.DepartmentId, null, group.IsShared, cancellationToken);
        return await SaveAsync(db, actor, group, "search-filter-group:update", cancellationToken, transaction);
    }

    /// <summary>Removes a filter, or a group with its filters.</summary>
    public async Task DeleteAsync<T>(Actor actor, Guid id, CancellationToken cancellationToken)
        where T : class, IZouEntity
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await OwnAsync<T>(db, actor, id, cancellationToken);
        if (row is SearchFilterGroup group)
        {
            await db.Set<SearchFilter>().Where(f => f.SearchFilterGroupId == group.Id).ExecuteDeleteAsync(cancellationToken);
        }

        db.Remove(row);
        var prefix = row is SearchFilter ? "search-filter" : "search-filter-group";
        var e = EventPublisher.Stage(db, prefix + ":delete", new EventData { [prefix.Replace('-', '_') + "_id"] = row.Id.ToString() }, ProjectOf(row), actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e]);
    }

    private async Task<T> SaveAsync<T>(StudioDbContext db, Actor actor, T row, string name, CancellationToken cancellationToken,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction = null)
        where T : IZouEntity
    {
        var key = (row is SearchFilter ? "search_filter" : "search_filter_group") + "_id";
        var e = EventPublisher.Stage(db, name, new EventData { [key] = row.Id.ToString() }, ProjectOf(row), actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        events.Publish([e]);
        return row;
    }

    /// <summary>The caller's own row, or anybody's for an admin; 404 otherwise.</summary>
    private static async Task<T> OwnAsync<T>(StudioDbContext db, Actor actor, Guid id, CancellationToken cancellationToken)
        where T : class, IZouEntity =>
        await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } row && (actor.IsAdmin || PersonOf(row) == actor.PersonId)
            ? row
            : throw new NotFoundException();

    /// <summary>ZOU: sharing is a project manager's privilege; a filter without a production is never shared.</summary>
    private static async Task<bool> MayShareAsync(StudioDbContext db, Actor actor, Guid? projectId, bool? wanted, CancellationToken cancellationToken) =>
        wanted == true && projectId is not null
        && ProjectPermissions.IsManagerRole(await new ProjectAccess(db, actor).EffectiveRoleAsync(projectId, cancellationToken));

    private static async Task CheckLinksAsync(StudioDbContext db, Guid? departmentId, Guid? groupId, bool shared, CancellationToken cancellationToken)
    {
        if (departmentId is { } department && !await db.Set<Department>().AnyAsync(d => d.Id == department, cancellationToken))
        {
            throw new WrongParameterException($"No department found with id: {department}");
        }

        if (groupId is { } id)
        {
            var group = await db.Set<SearchFilterGroup>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) ?? throw new NotFoundException();
            if (group.IsShared != shared)
            {
                throw new WrongParameterException("A search filter should have the same value for is_shared than its search filter group.");
            }
        }
    }

    private static Guid? PersonOf(IZouEntity row) => row switch { SearchFilter f => f.PersonId, SearchFilterGroup g => g.PersonId, _ => null };

    private static Guid? ProjectOf(IZouEntity row) => row switch { SearchFilter f => f.ProjectId, SearchFilterGroup g => g.ProjectId, _ => null };

    private static string ListTypeOf(IZouEntity row) => row switch { SearchFilter f => f.ListType, SearchFilterGroup g => g.ListType, _ => "" };
}
