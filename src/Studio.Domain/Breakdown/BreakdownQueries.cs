using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Reading a production's breakdown: entity lists per kind with Zou's criterion filters, the full entity of the
/// single routes, the <c>with-tasks</c> lists, asset types and the sub-lists of a sequence, an episode or a shot.
/// </summary>
public sealed class BreakdownQueries(IDbContextFactory<StudioDbContext> factory)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "project_id", "page", "limit", "relations", "fields", "force" };

    /// <summary>Entities of a kind the caller may see, filtered by the query string; serialized with their kind as <c>type</c>.</summary>
    public async Task<JsonArray> ListAsync(Actor actor, string kind, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken, bool plain = false)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entities = await FilteredAsync(db, actor, kind, query, cancellationToken);
        var rows = await entities.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var json = kind == "Shot" && !plain ? await WithNamesAsync(db, rows, cancellationToken) : await SerializeAllAsync(db, rows, cancellationToken);
        return await MaskedAsync(db, actor, kind, json, cancellationToken);
    }

    /// <summary>A vendor's copy of serialized entities of one kind, without the data fields of other departments.</summary>
    private static async Task<JsonArray> MaskedAsync(StudioDbContext db, Actor actor, string kind, JsonArray json, CancellationToken cancellationToken)
    {
        if (actor.IsVendor)
        {
            var viewer = await EntityViewer.ForAsync(db, actor, cancellationToken);
            var rows = json.OfType<JsonObject>().Select(o => (Guid.Parse(o["project_id"]!.GetValue<string>()), o)).ToList();
            await viewer.MaskAllAsync(db, kind, rows, cancellationToken);
        }

        return json;
    }

    /// <summary>
    /// ZOU's shot lists (<c>/data/shots</c>, a sequence's shots): shots in a sequence only, each with its project
    /// and sequence names, ordered by name whatever the case.
    /// </summary>
    internal static async Task<JsonArray> WithNamesAsync(StudioDbContext db, List<Entity> shots, CancellationToken cancellationToken)
    {
        var parentIds = shots.Select(s => s.ParentId).OfType<Guid>().Distinct().ToList();
        var sequences = await db.Set<Entity>().Where(e => parentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var projectIds = shots.Select(s => s.ProjectId).Distinct().ToList();
        var projects = await db.Set<Project>().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var listed = shots.Where(s => s.ParentId is { } p && sequences.ContainsKey(p)).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var json = await SerializeAllAsync(db, listed, cancellationToken);
        foreach (var (shot, row) in listed.Zip(json))
        {
            row!["project_name"] = projects.GetValueOrDefault(shot.ProjectId);
            row["sequence_name"] = sequences[shot.ParentId!.Value];
        }

        return json;
    }

    /// <summary>The <c>with-tasks</c> list of a kind, as UTF-8 JSON.</summary>
    public async Task<byte[]> WithTasksAsync(Actor actor, string kind, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entities = await FilteredAsync(db, actor, kind, query, cancellationToken);
        return await EntitiesWithTasks.WriteAsync(db, await EntityViewer.ForAsync(db, actor, cancellationToken), kind, entities, cancellationToken);
    }

    /// <summary>The children of one entity (a sequence's shots, an episode's sequences…), after checking the caller may read it.</summary>
    public async Task<JsonArray> ChildrenAsync(Actor actor, string parentKind, Guid parentId, string kind, CancellationToken cancellationToken)
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
        var json = (parentKind, kind) == ("Sequence", "Shot") ? await WithNamesAsync(db, rows, cancellationToken) : await SerializeAllAsync(db, rows, cancellationToken);
        return await MaskedAsync(db, actor, kind, json, cancellationToken);
    }

    /// <summary>
    /// ZOU: <c>/episodes/&lt;e&gt;/asset-tasks</c> and <c>/edit-tasks</c>: the tasks of the episode's assets (by their
    /// episode) or edits, each serialized with its project, type, status, entity type and entity names; assignees
    /// only with <paramref name="relations"/>. Vendors are refused.
    /// </summary>
    public async Task<JsonArray> EpisodeTasksAsync(Actor actor, Guid episodeId, string kind, bool relations, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureNotVendor(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var episode = await ReadableAsync(db, actor, "Episode", episodeId, cancellationToken);
        var types = await EntityKinds.TypeIdsOfKindAsync(db, kind, cancellationToken);
        var entities = db.Set<Entity>().Where(e => types.Contains(e.EntityTypeId) && e.ProjectId == episode.ProjectId);
        entities = kind == EntityKinds.Asset ? entities.Where(e => e.SourceId == episode.Id) : entities.Where(e => e.ParentId == episode.Id);
        var tasks = db.Set<ProductionTask>().Where(t => entities.Any(e => e.Id == t.EntityId));
        return await EntityTasksService.DetailedAsync(db, tasks, relations, cancellationToken);
    }

    /// <summary>
    /// The single-entity routes, as Zou builds them: a shot or a concept is its <c>with-tasks</c> row updated with
    /// the serialized entity; an asset is the serialized entity updated with its <c>with-tasks</c> row;
    /// an edit is its <c>with-tasks</c> row; sequences, episodes and scenes are serialized with their parents' names.
    /// </summary>
    public async Task<JsonObject> GetAsync(Actor actor, string kind, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, kind, id, cancellationToken);
        var viewer = await EntityViewer.ForAsync(db, actor, cancellationToken);
        await viewer.LoadHiddenFieldsAsync(db, kind, [entity.ProjectId], cancellationToken);
        entity.Data = viewer.Mask(entity.ProjectId, kind, entity.Data);
        var projectName = await db.Set<Project>().Where(p => p.Id == entity.ProjectId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (kind is "Shot" or EntityKinds.Asset or "Edit" or "Concept")
        {
            var bytes = await EntitiesWithTasks.WriteAsync(db, viewer, kind, db.Set<Entity>().Where(e => e.Id == entity.Id), cancellationToken);
            var row = JsonNode.Parse(bytes)!.AsArray().FirstOrDefault()?.AsObject() ?? [];
            if (kind == "Edit")
            {
                return row;
            }

            var links = await CrudRelations.LoadAsync(db, ZouModel.For<Entity>(), [entity.Id], cancellationToken);
            var serialized = EntityJson.Serialize(entity, kind, links[entity.Id]);
            if (kind != EntityKinds.Asset)
            {
                return Merge(row, serialized);
            }

            serialized.Remove("source_id");
            serialized.Remove("nb_frames");
            serialized["project_name"] = projectName;
            serialized["asset_type_id"] = entity.EntityTypeId.ToString();
            serialized["asset_type_name"] = await db.Set<EntityType>().Where(t => t.Id == entity.EntityTypeId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
            return Merge(serialized, row);
        }

        var json = EntityJson.Serialize(entity, kind);
        json["project_name"] = projectName;
        var parent = entity.ParentId is { } p ? await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == p, cancellationToken) : null;
        if (kind == "Scene")
        {
            json["sequence_id"] = parent?.Id.ToString();
            json["sequence_name"] = parent?.Name;
            parent = parent?.ParentId is { } e ? await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == e, cancellationToken) : null;
        }

        if (kind is "Sequence" or "Scene" && parent is not null)
        {
            json["episode_id"] = parent.Id.ToString();
            json["episode_name"] = parent.Name;
        }

        return json;
    }

    /// <summary>Python's <c>dict.update</c>: <paramref name="update"/>'s values replace the target's in place, new keys go last.</summary>
    private static JsonObject Merge(JsonObject target, JsonObject update)
    {
        foreach (var (key, value) in update.ToList())
        {
            target[key] = value?.DeepClone();
        }

        return target;
    }

    /// <summary>
    /// Asset types: all of them (with their task types), those a production uses, or those of the assets cast in a
    /// shot (without). Archived types are listed: Zou leaves filtering them to the client.
    /// </summary>
    public async Task<JsonArray> AssetTypesAsync(Actor actor, Guid? projectId, Guid? shotId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assetTypes = await EntityKinds.AssetTypeIdsAsync(db, cancellationToken);
        var types = db.Set<EntityType>().AsNoTracking().Where(t => assetTypes.Contains(t.Id));
        if (shotId is { } shot)
        {
            await ReadableAsync(db, actor, "Shot", shot, cancellationToken);
            types = types.Where(t => db.Set<Entity>().Any(a => a.EntityTypeId == t.Id && db.Set<EntityLink>().Any(l => l.EntityInId == shot && l.EntityOutId == a.Id)));
        }
        else if (projectId is { } project)
        {
            await BreakdownService.EnsureProjectAsync(db, project, cancellationToken);
            await new ProjectAccess(db, actor).EnsureMemberAsync(project, cancellationToken);
            types = types.Where(t => db.Set<Entity>().Any(a => a.EntityTypeId == t.Id && a.ProjectId == project));
        }

        var rows = await types.OrderBy(t => t.Name).ToListAsync(cancellationToken);
        if (shotId is not null || projectId is not null)
        {
            return [.. rows.Select(t => (JsonNode?)AssetTypeJson(t, null))];
        }

        var links = await CrudRelations.LoadAsync(db, ZouModel.For<EntityType>(), [.. rows.Select(t => t.Id)], cancellationToken);
        return [.. rows.Select(t => (JsonNode?)AssetTypeJson(t, links[t.Id]["task_types"]))];
    }

    public async Task<JsonObject> AssetTypeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var type = await db.Set<EntityType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (type is null || EntityKinds.KindOf(type.Name) != EntityKinds.Asset)
        {
            throw new NotFoundException();
        }

        var links = await CrudRelations.LoadAsync(db, ZouModel.For<EntityType>(), [type.Id], cancellationToken);
        return AssetTypeJson(type, links[type.Id]["task_types"]);
    }

    /// <summary>The versions of an entity (Zou's <c>entity_version</c> rows: its past states), newest first.</summary>
    public async Task<JsonArray> VersionsAsync(Actor actor, string kind, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, kind, id, cancellationToken);
        return await EntityVersions.ListAsync(db, entity.Id, kind, cancellationToken);
    }

    /// <summary>The assets cast in a shot (or any entity).</summary>
    public async Task<JsonArray> CastAssetsAsync(Actor actor, string kind, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, kind, id, cancellationToken);
        var assets = await db.Set<Entity>().AsNoTracking()
            .Where(a => db.Set<EntityLink>().Any(l => l.EntityInId == entity.Id && l.EntityOutId == a.Id))
            .OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return await SerializeAllAsync(db, assets, cancellationToken);
    }

    /// <summary>ZOU: the assets shared by other productions that are cast in this one (optionally in one episode).</summary>
    public async Task<JsonArray> SharedUsedAsync(Actor actor, Guid projectId, Guid? episodeId, CancellationToken cancellationToken)
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
        return await SerializeAllAsync(db, assets, cancellationToken);
    }

    /// <summary>Reads one entity of a kind (404 when it is of another kind) and checks the caller may see it.</summary>
    public static async Task<Entity> ReadableAsync(StudioDbContext db, Actor actor, string kind, Guid id, CancellationToken cancellationToken)
    {
        var entity = await BreakdownService.FindAsync(db, kind, id, cancellationToken);
        await EntityScope.EnsureReadAsync(db, new ProjectAccess(db, actor), entity, cancellationToken);
        return entity;
    }

    /// <summary>Serialized entities with their kind as <c>type</c>.</summary>
    public static async Task<JsonArray> SerializeAllAsync(StudioDbContext db, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        var kinds = await EntityKinds.KindsAsync(db, entities.Select(e => e.EntityTypeId), cancellationToken);
        return [.. entities.Select(e => (JsonNode?)EntityJson.Serialize(e, kinds.GetValueOrDefault(e.EntityTypeId, EntityKinds.Asset)))];
    }

    /// <summary>Tasks serialized with their <c>assignees</c> ids.</summary>
    public static async Task<JsonArray> SerializeTasksAsync(StudioDbContext db, IReadOnlyList<ProductionTask> tasks, CancellationToken cancellationToken)
    {
        var ids = tasks.Select(t => t.Id).ToList();
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<ProductionTask>(), ids, cancellationToken);
        return [.. tasks.Select(t => (JsonNode?)ZouSerializer.Serialize(t, links[t.Id]))];
    }

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

    private static IQueryable<Entity> Parent(IQueryable<Entity> entities, Guid? parentId) => entities.Where(e => e.ParentId == parentId);

    private static IQueryable<Entity> InEpisode(StudioDbContext db, IQueryable<Entity> entities, Guid? episodeId) =>
        entities.Where(e => db.Set<Entity>().Any(s => s.Id == e.ParentId && s.ParentId == episodeId));

    private static IQueryable<Entity> AssetsOfEpisode(StudioDbContext db, IQueryable<Entity> entities, Guid? episodeId) =>
        entities.Where(e => e.SourceId == episodeId || db.Set<EntityLink>().Any(l => l.EntityOutId == e.Id && l.EntityInId == episodeId));

    /// <summary>ZOU: an asset type as Zou lists it, with its task types when asked, in Zou's key order.</summary>
    private static JsonObject AssetTypeJson(EntityType type, IEnumerable<Guid>? taskTypes)
    {
        var json = new JsonObject { ["name"] = type.Name, ["short_name"] = type.ShortName, ["description"] = type.Description };
        if (taskTypes is not null)
        {
            json["task_types"] = ZouSerializer.IdList(taskTypes);
        }

        json["archived"] = type.Archived;
        json["id"] = type.Id.ToString();
        json["created_at"] = ZouSerializer.FormatDateTime(type.CreatedAt);
        json["updated_at"] = ZouSerializer.FormatDateTime(type.UpdatedAt);
        json["type"] = "AssetType";
        return json;
    }
}
