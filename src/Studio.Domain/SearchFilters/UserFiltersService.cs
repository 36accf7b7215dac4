using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;

namespace Studio.Domain.SearchFilters;

/// <summary>
/// The caller's saved searches and their groups (Zou's <c>/data/user/filters</c>, <c>/data/user/filter-groups</c>):
/// listed by list type then project (<c>all</c> without one), created, changed and removed by their owner (or an
/// admin). Only a project manager shares one with the team; otherwise <c>is_shared</c> is silently turned off.
/// </summary>
public sealed class UserFiltersService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    private static readonly BodySchema FilterSchema = new BodySchema()
        .Field("name", BodyField.Name, required: true).Field("query", BodyField.Name, required: true).Field("list_type", BodyField.Text)
        .Field("project_id", BodyField.Text).Field("entity_type", BodyField.Text).Field("is_shared", BodyField.Boolean)
        .Field("search_filter_group_id", BodyField.Text).Field("department_id", BodyField.Text);

    private static readonly BodySchema FilterUpdateSchema = new BodySchema()
        .Field("name", BodyField.Text).Field("search_query", BodyField.Text).Field("search_filter_group_id", BodyField.Text)
        .Field("is_shared", BodyField.Boolean).Field("project_id", BodyField.Text).Field("department_id", BodyField.Text);

    private static readonly BodySchema GroupSchema = new BodySchema()
        .Field("name", BodyField.Name, required: true).Field("color", BodyField.Text).Field("list_type", BodyField.Text)
        .Field("project_id", BodyField.Text).Field("is_shared", BodyField.Boolean).Field("entity_type", BodyField.Text).Field("department_id", BodyField.Text);

    private static readonly BodySchema GroupUpdateSchema = new BodySchema()
        .Field("name", BodyField.Text).Field("color", BodyField.Text).Field("is_shared", BodyField.Boolean)
        .Field("project_id", BodyField.Text).Field("department_id", BodyField.Text);

    public async Task<JsonObject> FiltersAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await MapAsync<SearchFilter>(db, actor, cancellationToken);
    }

    public async Task<JsonObject> GroupsAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await MapAsync<SearchFilterGroup>(db, actor, cancellationToken);
    }

    /// <summary>
    /// The caller's saved searches (or groups) and those shared in their productions, <c>{list_type: {project_id |
    /// "all": [rows]}}</c>; one restricted to a department only for its members and managers.
    /// </summary>
    public static async Task<JsonObject> MapAsync<T>(StudioDbContext db, Actor actor, CancellationToken cancellationToken)
        where T : class, IZouEntity
    {
        var me = actor.PersonId;
        var projects = (await new ProjectAccess(db, actor).TeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
        var departments = await db.Set<DepartmentLink>().Where(l => l.PersonId == me).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        var rows = typeof(T) == typeof(SearchFilter)
            ? (await db.Set<SearchFilter>().AsNoTracking()
                .Where(f => f.PersonId == me || (f.IsShared && f.ProjectId != null && projects.Contains(f.ProjectId.Value)))
                .Where(f => f.DepartmentId == null || actor.IsManager || departments.Contains(f.DepartmentId.Value))
                .OrderBy(f => f.Name).ToListAsync(cancellationToken)).Select(f => (f.ListType, f.ProjectId, (object)f))
            : (await db.Set<SearchFilterGroup>().AsNoTracking()
                .Where(f => f.PersonId == me || (f.IsShared && f.ProjectId != null && projects.Contains(f.ProjectId.Value)))
                .Where(f => f.DepartmentId == null || actor.IsManager || departments.Contains(f.DepartmentId.Value))
                .OrderByDescending(f => f.CreatedAt).ToListAsync(cancellationToken)).Select(f => (f.ListType, f.ProjectId, (object)f));
        var result = new JsonObject();
        foreach (var byType in rows.GroupBy(r => r.ListType))
        {
            var perProject = new JsonObject();
            foreach (var byProject in byType.GroupBy(r => r.ProjectId?.ToString() ?? "all"))
            {
                perProject[byProject.Key] = new JsonArray([.. byProject.Select(r => (JsonNode?)ZouSerializer.Serialize(r.Item3))]);
            }

            result[byType.Key] = perProject;
        }

        return result;
    }

    /// <summary>ZOU: the body's <c>query</c> is stored as <c>search_query</c>.</summary>
    public async Task<JsonObject> CreateFilterAsync(Actor actor, JsonObject body, CancellationToken cancellationToken)
    {
        FilterSchema.Validate(body);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var filter = new SearchFilter
        {
            Id = Guid.NewGuid(),
            Name = body["name"]!.GetValue<string>(),
            SearchQuery = body["query"]!.GetValue<string>(),
            ListType = Text(body, "list_type") ?? "todo",
            EntityType = Text(body, "entity_type"),
            PersonId = actor.PersonId,
            ProjectId = Id(body, "project_id"),
            DepartmentId = Id(body, "department_id"),
            SearchFilterGroupId = Id(body, "search_filter_group_id"),
        };
        filter.IsShared = await MayShareAsync(db, actor, filter.ProjectId, Flag(body), cancellationToken);
        await CheckLinksAsync(db, filter.DepartmentId, filter.SearchFilterGroupId, filter.IsShared, cancellationToken);
        db.Add(filter);
        return await SaveAsync(db, actor, filter, "search-filter:new", cancellationToken);
    }

    public async Task<JsonObject> UpdateFilterAsync(Actor actor, Guid id, JsonObject body, CancellationToken cancellationToken)
    {
        FilterUpdateSchema.Validate(body);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var filter = await OwnAsync<SearchFilter>(db, actor, id, cancellationToken);
        filter.Name = Text(body, "name") ?? filter.Name;
        filter.SearchQuery = Text(body, "search_query") ?? filter.SearchQuery;
        filter.ProjectId = body.ContainsKey("project_id") ? Id(body, "project_id") : filter.ProjectId;
        filter.DepartmentId = body.ContainsKey("department_id") ? Id(body, "department_id") : filter.DepartmentId;
        filter.SearchFilterGroupId = body.ContainsKey("search_filter_group_id") ? Id(body, "search_filter_group_id") : filter.SearchFilterGroupId;
        if (Flag(body) is { } shared && shared != filter.IsShared)
        {
            filter.IsShared = await MayShareAsync(db, actor, filter.ProjectId, shared, cancellationToken);
        }

        await CheckLinksAsync(db, filter.DepartmentId, filter.SearchFilterGroupId, filter.IsShared, cancellationToken);
        return await SaveAsync(db, actor, filter, "search-filter:update", cancellationToken);
    }

    public async Task<JsonObject> CreateGroupAsync(Actor actor, JsonObject body, CancellationToken cancellationToken)
    {
        GroupSchema.Validate(body);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var group = new SearchFilterGroup
        {
            Id = Guid.NewGuid(),
            Name = body["name"]!.GetValue<string>(),
            Color = Text(body, "color") ?? "",
            ListType = Text(body, "list_type") ?? "todo",
            EntityType = Text(body, "entity_type"),
            PersonId = actor.PersonId,
            ProjectId = Id(body, "project_id"),
            DepartmentId = Id(body, "department_id"),
        };
        group.IsShared = await MayShareAsync(db, actor, group.ProjectId, Flag(body), cancellationToken);
        await CheckLinksAsync(db, group.DepartmentId, null, group.IsShared, cancellationToken);
        db.Add(group);
        return await SaveAsync(db, actor, group, "search-filter-group:new", cancellationToken);
    }

    public async Task<JsonObject> GroupAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return ZouSerializer.Serialize(await OwnAsync<SearchFilterGroup>(db, actor, id, cancellationToken));
    }

    /// <summary>ZOU: the filters of a group follow its sharing, or they could never be changed again.</summary>
    public async Task<JsonObject> UpdateGroupAsync(Actor actor, Guid id, JsonObject body, CancellationToken cancellationToken)
    {
        GroupUpdateSchema.Validate(body);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // The filters' sharing is written straight away: a refused link afterwards must take it back.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var group = await OwnAsync<SearchFilterGroup>(db, actor, id, cancellationToken);
        group.Name = Text(body, "name") ?? group.Name;
        group.Color = Text(body, "color") ?? group.Color;
        group.ProjectId = body.ContainsKey("project_id") ? Id(body, "project_id") : group.ProjectId;
        group.DepartmentId = body.ContainsKey("department_id") ? Id(body, "department_id") : group.DepartmentId;
        if (Flag(body) is { } shared && shared != group.IsShared)
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

    private async Task<JsonObject> SaveAsync(StudioDbContext db, Actor actor, IZouEntity row, string name, CancellationToken cancellationToken,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction = null)
    {
        var key = (row is SearchFilter ? "search_filter" : "search_filter_group") + "_id";
        var e = EventPublisher.Stage(db, name, new EventData { [key] = row.Id.ToString() }, ProjectOf(row), actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        events.Publish([e]);
        return ZouSerializer.Serialize(row);
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

    private static string? Text(JsonObject body, string key) => body[key] is JsonValue v ? v.GetValue<string>() : null;

    private static bool? Flag(JsonObject body) => body["is_shared"] is JsonValue v ? v.GetValue<bool>() : null;

    private static Guid? Id(JsonObject body, string key) =>
        Text(body, key) is { Length: > 0 } text && text is not ("None" or "null")
            ? Guid.TryParse(text, out var id) ? id : throw new WrongParameterException($"Invalid {key}.")
            : null;
}
