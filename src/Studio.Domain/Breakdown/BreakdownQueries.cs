using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Reading a production's breakdown: entity lists per kind with Zou's criterion filters, the full entity of the
/// single routes, the <c>with-tasks</c> lists, asset types and the sub-lists of a sequence, an episode or a shot.
/// </summary>
public sealed class BreakdownQueries(IDbContextFactory<StudioDbContext> factory)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "project_id", "page", "limit", "relations", "fields", "force" };

    /// <summary>
    /// Entities of a kind the caller may see, filtered by the query string. Shots are Zou's shot list: in a sequence
    /// only, with their production's and sequence's names, by name whatever the case.
    /// </summary>
    public Task<IReadOnlyList<ListedEntity>> ListAsync(Actor actor, string kind, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken) =>
        ListAsync(actor, kind, query, shotNames: kind == "Shot", cancellationToken);

    /// <summary>A production's entities of a kind (its shots too without their names), filtered by the query string.</summary>
    public Task<IReadOnlyList<ListedEntity>> ProjectListAsync(Actor actor, string kind, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken) =>
        ListAsync(actor, kind, query, shotNames: false, cancellationToken);

    /// <summary>The <c>with-tasks</c> list of a kind: the entities the caller may see, filtered by the query string, with their tasks.</summary>
    public async Task<IReadOnlyList<EntityWithTasks>> WithTasksAsync(Actor actor, string kind, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entities = await FilteredAsync(db, actor, kind, query, cancellationToken);
        return await EntitiesWithTasks.ReadAsync(db, await EntityViewer.ForAsync(db, actor, cancellationToken), kind, entities, withTasks: true, cancellationToken);
    }

    /// <summary>
    /// The rows of the <c>with-tasks</c> list of a kind without their tasks: the entities and the names around them,
    /// a small part of the list's cost. A big list shows these first and reads the tasks of its first screenful with
    /// <see cref="WithTasksOfAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<EntityWithTasks>> WithoutTasksAsync(Actor actor, string kind, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entities = await FilteredAsync(db, actor, kind, query, cancellationToken);
        return await EntitiesWithTasks.ReadAsync(db, await EntityViewer.ForAsync(db, actor, cancellationToken), kind, entities, withTasks: false, cancellationToken);
    }

    /// <summary>The rows of the <c>with-tasks</c> list of a kind whose entity is one of <paramref name="ids"/>, with their tasks.</summary>
    public async Task<IReadOnlyList<EntityWithTasks>> WithTasksOfAsync(Actor actor, string kind, IReadOnlyDictionary<string, string> query, IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entities = (await FilteredAsync(db, actor, kind, query, cancellationToken)).Where(e => ids.Contains(e.Id));
        return await EntitiesWithTasks.ReadAsync(db, await EntityViewer.ForAsync(db, actor, cancellationToken), kind, entities, withTasks: true, cancellationToken);
    }

    /// <summary>The children of one entity (a sequence's shots, an episode's sequences…), after checking the caller may read it.</summary>
    public async Task<IReadOnlyList<ListedEntity>> ChildrenAsync(Actor actor, string parentKind, Guid parentId, string kind, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var parent = await ReadableAsync(db, actor, parentKind, parentId, cancellationToken);
        var types = await EntityKinds.TypeIdsOfKindAsync(db, kind, cancellationToken);
        var query = db.Set<Entity>().Where(e => types.Contains(e.EntityTypeId));
        query = (parentKind, kind) switch
        {
            ("Episode", "Shot") or ("Episode", "Scene") => query.Where(e => db.Set<Entity>().Any(s => s.Id == e.ParentId && s.ParentId == parent.Id)),
            _ => query.Where(e => e.ParentId == parent.Id),
        };
        query = await EntityScope.ApplyAsync(db, new ProjectAccess(db, actor), query, parent.ProjectId, cancellationToken);
        var rows = await query.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var list = (parentKind, kind) == ("Sequence", "Shot") ? await WithNamesAsync(db, rows, cancellationToken) : await WithKindsAsync(db, rows, cancellationToken);
        return await MaskedAsync(db, actor, kind, list, cancellationToken);
    }

    /// <summary>
    /// One entity of a kind, as its single route returns it (see <see cref="EntityDetail"/>), after checking the caller
    /// may read it.
    /// </summary>
    public async Task<EntityDetail> GetAsync(Actor actor, string kind, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, kind, id, cancellationToken);
        var viewer = await EntityViewer.ForAsync(db, actor, cancellationToken);
        await viewer.LoadHiddenFieldsAsync(db, kind, [entity.ProjectId], cancellationToken);
        entity.Data = viewer.Mask(entity.ProjectId, kind, entity.Data);
        var projectName = await db.Set<Project>().Where(p => p.Id == entity.ProjectId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (kind is "Shot" or EntityKinds.Asset or "Edit" or "Concept")
        {
            var rows = await EntitiesWithTasks.ReadAsync(db, viewer, kind, db.Set<Entity>().Where(e => e.Id == entity.Id), withTasks: true, cancellationToken);
            var relations = kind == "Edit" ? null : (await CrudRelations.LoadAsync(db, ZouModel.For<Entity>(), [entity.Id], cancellationToken))[entity.Id];
            var typeName = kind == EntityKinds.Asset
                ? await db.Set<EntityType>().Where(t => t.Id == entity.EntityTypeId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
            return new EntityDetail(entity, kind, projectName, rows.FirstOrDefault(), relations, typeName, null, null);
        }

        var parent = kind is "Sequence" or "Scene" ? await NamedAsync(db, entity.ParentId, cancellationToken) : null;
        return kind == "Scene"
            ? new EntityDetail(entity, kind, projectName, null, null, null, parent, await NamedAsync(db, parent?.ParentId, cancellationToken))
            : new EntityDetail(entity, kind, projectName, null, null, null, null, parent);
    }

    /// <summary>The versions of an entity (Zou's <c>entity_version</c> rows: its past states), newest first.</summary>
    public async Task<IReadOnlyList<EntityVersion>> VersionsAsync(Actor actor, string kind, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, kind, id, cancellationToken);
        return await EntityVersions.ListAsync(db, entity.Id, cancellationToken);
    }

    /// <summary>The assets cast in a shot (or any entity).</summary>
    public async Task<IReadOnlyList<ListedEntity>> CastAssetsAsync(Actor actor, string kind, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, kind, id, cancellationToken);
        var assets = await db.Set<Entity>().AsNoTracking()
            .Where(a => db.Set<EntityLink>().Any(l => l.EntityInId == entity.Id && l.EntityOutId == a.Id))
            .OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return await WithKindsAsync(db, assets, cancellationToken);
    }

    /// <summary>ZOU: the assets shared by other productions that are cast in this one (optionally in one episode).</summary>
    public async Task<IReadOnlyList<ListedEntity>> SharedUsedAsync(Actor actor, Guid projectId, Guid? episodeId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var castIn = db.Set<Entity>().Where(e => e.ProjectId == projectId);
        if (episodeId is { } episode)
        {
            castIn = castIn.Where(e => e.Id == episode || e.ParentId == episode || db.Set<Entity>().Any(s => s.Id == e.ParentId && s.ParentId == episode));
        }

        var assets = await db.Set<Entity>().AsNoTracking()
            .Where(a => a.IsShared && a.ProjectId != projectId && db.Set<EntityLink>().Any(l => l.EntityOutId == a.Id && castIn.Any(e => e.Id == l.EntityInId)))
            .OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return await WithKindsAsync(db, assets, cancellationToken);
    }

    /// <summary>Every asset type with its task types. Archived types are listed: Zou leaves filtering them to the client.</summary>
    public async Task<IReadOnlyList<AssetTypeItem>> AllAssetTypesAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await AssetTypes(db).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<EntityType>(), [.. rows.Select(t => t.Id)], cancellationToken);
        return [.. rows.Select(t => new AssetTypeItem(t, links[t.Id]["task_types"]))];
    }

    /// <summary>The asset types a production's assets use (team members), without their task types.</summary>
    public async Task<IReadOnlyList<AssetTypeItem>> ProjectAssetTypesAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var types = AssetTypes(db).Where(t => db.Set<Entity>().Any(a => a.EntityTypeId == t.Id && a.ProjectId == projectId));
        return [.. (await types.OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => new AssetTypeItem(t, null))];
    }

    /// <summary>The asset types of the assets cast in a shot the caller may read, without their task types.</summary>
    public async Task<IReadOnlyList<AssetTypeItem>> ShotAssetTypesAsync(Actor actor, Guid shotId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await ReadableAsync(db, actor, "Shot", shotId, cancellationToken);
        var types = AssetTypes(db).Where(t => db.Set<Entity>().Any(a => a.EntityTypeId == t.Id && db.Set<EntityLink>().Any(l => l.EntityInId == shotId && l.EntityOutId == a.Id)));
        return [.. (await types.OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(t => new AssetTypeItem(t, null))];
    }

    /// <summary>One asset type with its task types (404 for a temporal type).</summary>
    public async Task<AssetTypeItem> AssetTypeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var type = await db.Set<EntityType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (type is null || EntityKinds.KindOf(type.Name) != EntityKinds.Asset)
        {
            throw new NotFoundException();
        }

        var links = await CrudRelations.LoadAsync(db, ZouModel.For<EntityType>(), [type.Id], cancellationToken);
        return new AssetTypeItem(type, links[type.Id]["task_types"]);
    }

    /// <summary>Reads one entity of a kind (404 when it is of another kind) and checks the caller may see it.</summary>
    public static async Task<Entity> ReadableAsync(StudioDbContext db, Actor actor, string kind, Guid id, CancellationToken cancellationToken)
    {
        var entity = await BreakdownService.FindAsync(db, kind, id, cancellationToken);
        await EntityScope.EnsureReadAsync(db, new ProjectAccess(db, actor), entity, cancellationToken);
        return entity;
    }

    /// <summary>
    /// ZOU's shot lists (<c>/data/shots</c>, a sequence's shots): shots in a sequence only, each with its project
    /// and sequence names, ordered by name whatever the case.
    /// </summary>
    internal static async Task<List<ListedEntity>> WithNamesAsync(StudioDbContext db, List<Entity> shots, CancellationToken cancellationToken)
    {
        var parentIds = shots.Select(s => s.ParentId).OfType<Guid>().Distinct().ToList();
        var sequences = await db.Set<Entity>().Where(e => parentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var projectIds = shots.Select(s => s.ProjectId).Distinct().ToList();
        var projects = await db.Set<Project>().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var listed = shots.Where(s => s.ParentId is { } p && sequences.ContainsKey(p)).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var kinds = await EntityKinds.KindsAsync(db, listed.Select(e => e.EntityTypeId), cancellationToken);
        return [.. listed.Select(s => new ListedEntity(s, kinds.GetValueOrDefault(s.EntityTypeId, EntityKinds.Asset), true, projects.GetValueOrDefault(s.ProjectId), sequences[s.ParentId!.Value]))];
    }

    /// <summary>Entities with their kinds, from their types.</summary>
    internal static async Task<List<ListedEntity>> WithKindsAsync(StudioDbContext db, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        var kinds = await EntityKinds.KindsAsync(db, entities.Select(e => e.EntityTypeId), cancellationToken);
        return [.. entities.Select(e => new ListedEntity(e, kinds.GetValueOrDefault(e.EntityTypeId, EntityKinds.Asset)))];
    }

    private async Task<IReadOnlyList<ListedEntity>> ListAsync(Actor actor, string kind, IReadOnlyDictionary<string, string> query, bool shotNames, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entities = await FilteredAsync(db, actor, kind, query, cancellationToken);
        var rows = await entities.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var list = shotNames ? await WithNamesAsync(db, rows, cancellationToken) : await WithKindsAsync(db, rows, cancellationToken);
        return await MaskedAsync(db, actor, kind, list, cancellationToken);
    }

    /// <summary>A vendor's copy of listed entities of one kind, without the data fields of other departments.</summary>
    private static async Task<IReadOnlyList<ListedEntity>> MaskedAsync(StudioDbContext db, Actor actor, string kind, List<ListedEntity> list, CancellationToken cancellationToken)
    {
        if (actor.IsVendor)
        {
            var viewer = await EntityViewer.ForAsync(db, actor, cancellationToken);
            await viewer.MaskAllAsync(db, kind, [.. list.Select(l => l.Entity)], cancellationToken);
        }

        return list;
    }

    private static async Task<NamedEntity?> NamedAsync(StudioDbContext db, Guid? id, CancellationToken cancellationToken) => id is null
        ? null
        : await db.Set<Entity>().AsNoTracking().Where(e => e.Id == id).Select(e => new NamedEntity(e.Id, e.Name, e.ParentId)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Entities of a kind, scoped to what the caller sees and filtered by Zou's criterions.</summary>
    private static async Task<IQueryable<Entity>> FilteredAsync(StudioDbContext db, Actor actor, string kind, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        if (kind == "Concept")
        {
            EntityScope.EnsureMayListConcepts(actor);
        }

        var types = await EntityKinds.TypeIdsOfKindAsync(db, kind, cancellationToken);
        var entities = db.Set<Entity>().Where(e => types.Contains(e.EntityTypeId));
        entities = await EntityScope.ApplyAsync(db, new ProjectAccess(db, actor), entities, EntityScope.ProjectIdOf(query), cancellationToken);
        foreach (var (key, value) in query.Where(q => !Reserved.Contains(q.Key)))
        {
            entities = (kind, key) switch
            {
                ("Shot" or "Scene", "sequence_id") => Parent(entities, EntityScope.IdOf(query, key)),
                ("Sequence" or "Edit", "episode_id") => Parent(entities, EntityScope.IdOf(query, key)),
                ("Shot" or "Scene", "episode_id") => InEpisode(db, entities, EntityScope.IdOf(query, key)),
                (EntityKinds.Asset, "episode_id") => AssetsOfEpisode(db, entities, EntityScope.IdOf(query, key)),
                (EntityKinds.Asset, "asset_type_id") => entities.Where(e => e.EntityTypeId == EntityScope.IdOf(query, key)),
                _ => CrudFilters.Apply(entities, db, key, value),
            };
        }

        return entities;
    }

    /// <summary>The asset types (entity types that are not temporal), read without tracking.</summary>
    private static IQueryable<EntityType> AssetTypes(StudioDbContext db)
    {
        string[] temporal = [.. EntityKinds.Temporal];
        return db.Set<EntityType>().AsNoTracking().Where(t => !temporal.Contains(t.Name));
    }

    private static IQueryable<Entity> Parent(IQueryable<Entity> entities, Guid? parentId) => entities.Where(e => e.ParentId == parentId);

    private static IQueryable<Entity> InEpisode(StudioDbContext db, IQueryable<Entity> entities, Guid? episodeId) =>
        entities.Where(e => db.Set<Entity>().Any(s => s.Id == e.ParentId && s.ParentId == episodeId));

    private static IQueryable<Entity> AssetsOfEpisode(StudioDbContext db, IQueryable<Entity> entities, Guid? episodeId) =>
        entities.Where(e => e.SourceId == episodeId || db.Set<EntityLink>().Any(l => l.EntityOutId == e.Id && l.EntityInId == episodeId));
}
