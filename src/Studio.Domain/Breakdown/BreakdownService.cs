using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Creating, changing and removing a production's entities through the routes of Zou's assets, shots, edits and
/// concepts blueprints: one entity kind per route, names unique under their parent, an event per change.
/// </summary>
public sealed class BreakdownService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>
    /// Creates an entity of <paramref name="kind"/> in a project (an asset of <paramref name="assetTypeId"/>). Shots,
    /// sequences, episodes, scenes and edits are idempotent as in Zou: the existing entity of that name under that
    /// parent is returned unchanged. Project managers create; team members (not clients nor vendors) create concepts.
    /// </summary>
    public Task<Entity> CreateAsync(Actor actor, Guid projectId, string kind, Guid? assetTypeId, NewEntity command, CancellationToken cancellationToken) =>
        CreateAsync(actor, projectId, kind, assetTypeId, () => command, cancellationToken);

    /// <summary>
    /// Creates an entity as <see cref="CreateAsync(Actor, Guid, string, Guid?, NewEntity, CancellationToken)"/> does,
    /// reading the new entity with <paramref name="read"/> once the production is known and the caller may create in
    /// it: ZOU answers a request body's errors after the caller's rights.
    /// </summary>
    public async Task<Entity> CreateAsync(Actor actor, Guid projectId, string kind, Guid? assetTypeId, Func<NewEntity> read, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureProjectAsync(db, projectId, cancellationToken);
        var access = new ProjectAccess(db, actor);
        if (kind == "Concept")
        {
            ProjectAccess.EnsureNotVendor(actor);
            if (actor.IsClient)
            {
                throw new PermissionDeniedException();
            }

            await access.EnsureMemberAsync(projectId, cancellationToken);
        }
        else
        {
            await access.EnsureManagerAsync(projectId, cancellationToken);
        }

        var command = read();
        var draft = command.Draft;
        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            throw ValidationException.For("name", "String should have at least 1 character");
        }

        var type = kind == EntityKinds.Asset
            ? await db.Set<EntityType>().FirstOrDefaultAsync(t => t.Id == assetTypeId, cancellationToken) is { } assetType && EntityKinds.KindOf(assetType.Name) == EntityKinds.Asset
                ? assetType
                : throw new WrongParameterException("Asset type not found.")
            : await EntityKinds.TypeAsync(db, kind, cancellationToken);

        var parentKind = kind switch
        {
            "Shot" or "Scene" => "Sequence",
            "Sequence" or "Edit" => "Episode",
            _ => null,
        };
        var parentId = parentKind is null ? null : await ParentAsync(db, projectId, draft.ParentId, parentKind, cancellationToken);
        if (kind is "Shot" or "Sequence" or "Episode" or "Scene" or "Edit"
            && await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.ProjectId == projectId && e.EntityTypeId == type.Id && e.ParentId == parentId && e.Name == name, cancellationToken) is { } existing)
        {
            return existing;
        }

        var entity = new Entity
        {
            Id = Guid.NewGuid(),
            Name = name,
            ProjectId = projectId,
            EntityTypeId = type.Id,
            ParentId = parentId,
            Description = draft.Description,
            Data = draft.Data is JsonObject data ? data.DeepClone() : new JsonObject(),
            CreatedBy = actor.PersonId,
            Status = draft.Status is "running" or "complete" or "standby" or "canceled" ? draft.Status : "running",
        };
        switch (kind)
        {
            case EntityKinds.Asset:
                entity.IsShared = draft.IsShared;
                entity.SourceId = await ParentAsync(db, projectId, draft.SourceId, "Episode", cancellationToken);
                break;
            case "Shot":
                entity.NbFrames = draft.NbFrames;
                break;
            case "Concept":
                await AddConceptLinksAsync(db, entity, command.ConceptLinks, cancellationToken);
                break;
        }

        await EntityNames.EnsureUniqueAsync(db, entity, cancellationToken);
        db.Add(entity);
        var eventData = new EventData { [kind.ToLowerInvariant() + "_id"] = entity.Id.ToString() };
        switch (kind)
        {
            case EntityKinds.Asset:
                eventData["asset_type"] = type.Id.ToString();
                break;
            case "Shot":
                eventData["episode_id"] = (await db.Set<Entity>().Where(e => e.Id == parentId).Select(e => e.ParentId).FirstOrDefaultAsync(cancellationToken))?.ToString();
                break;
            case "Edit":
                eventData["parent_id"] = parentId?.ToString();
                break;
        }

        var e = EventPublisher.Stage(db, kind.ToLowerInvariant() + ":new", eventData, projectId, actor.PersonId);
        await SaveUniqueAsync(db, kind, cancellationToken);
        events.Publish([e]);
        return entity;
    }

    /// <summary>
    /// ZOU: removing an entity through its kind's route. An entity with tasks is only canceled (soft delete) unless
    /// <paramref name="force"/> is set; then it goes with its tasks, casting, instances and files. An entity with
    /// children (a sequence's shots…) needs <paramref name="force"/>, which removes the children too.
    /// </summary>
    public async Task DeleteAsync(Actor actor, string kind, Guid id, bool force, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await FindAsync(db, kind, id, cancellationToken);
        var access = new ProjectAccess(db, actor);
        await access.EnsureMemberAsync(entity.ProjectId, cancellationToken);
        if (entity.CreatedBy != actor.PersonId)
        {
            await access.EnsureManagerAsync(entity.ProjectId, cancellationToken);
        }

        var prefix = kind.ToLowerInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var children = await DescendantsAsync(db, id, cancellationToken);
        if (children.Count > 0 && !force)
        {
            throw new WrongParameterException($"This {prefix} has children: delete it with force=true.");
        }

        ApiEvent e;
        if (!force && await db.Set<ProductionTask>().AnyAsync(t => t.EntityId == id, cancellationToken))
        {
            entity.Canceled = true;
            e = EventPublisher.Stage(db, prefix + ":update", new EventData { [prefix + "_id"] = id.ToString() }, entity.ProjectId, actor.PersonId);
        }
        else
        {
            await CascadeDelete.RemoveAsync<Entity>(db, [.. children, id], cancellationToken);
            db.Entry(entity).State = EntityState.Detached;
            e = EventPublisher.Stage(db, prefix + ":delete", new EventData { [prefix + "_id"] = id.ToString() }, entity.ProjectId, actor.PersonId);
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e]);
    }

    /// <summary>ZOU: <c>POST /actions/assets/share</c> and the per-project variants: (un)share assets with other productions.</summary>
    public async Task<IReadOnlyList<Entity>> ShareAssetsAsync(Actor actor, Guid? projectId, Guid? assetTypeId, IReadOnlyCollection<Guid>? assetIds, bool isShared, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assetTypes = await EntityKinds.AssetTypeIdsAsync(db, cancellationToken);
        var query = db.Set<Entity>().Where(e => assetTypes.Contains(e.EntityTypeId));
        if (projectId is { } p)
        {
            await EnsureProjectAsync(db, p, cancellationToken);
            query = query.Where(e => e.ProjectId == p);
        }

        if (assetTypeId is { } t)
        {
            query = query.Where(e => e.EntityTypeId == t);
        }

        if (assetIds is not null)
        {
            query = query.Where(e => assetIds.Contains(e.Id));
        }

        var assets = await query.ToListAsync(cancellationToken);
        var access = new ProjectAccess(db, actor);
        foreach (var project in assets.Select(a => a.ProjectId).Append(projectId ?? Guid.Empty).Where(g => g != Guid.Empty).Distinct())
        {
            await access.EnsureManagerAsync(project, cancellationToken);
        }

        var staged = new List<ApiEvent>();
        foreach (var asset in assets.Where(a => a.IsShared != isShared))
        {
            asset.IsShared = isShared;
            staged.Add(EventPublisher.Stage(db, "asset:update", new EventData { ["asset_id"] = asset.Id.ToString() }, asset.ProjectId, actor.PersonId));
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        return assets;
    }

    /// <summary>The entity of <paramref name="id"/> if it is of <paramref name="kind"/> (any asset type for Asset), else 404.</summary>
    public static async Task<Entity> FindAsync(StudioDbContext db, string kind, Guid id, CancellationToken cancellationToken)
    {
        var entity = await db.Set<Entity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException();
        var kinds = await EntityKinds.KindsAsync(db, [entity.EntityTypeId], cancellationToken);
        return kinds.GetValueOrDefault(entity.EntityTypeId, EntityKinds.Asset) == kind ? entity : throw new NotFoundException();
    }

    public static async Task EnsureProjectAsync(StudioDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        if (!await db.Set<Project>().AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException();
        }
    }

    /// <summary>Every entity below <paramref name="id"/> (shots of a sequence, sequences of an episode and their shots).</summary>
    private static async Task<List<Guid>> DescendantsAsync(StudioDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var all = new List<Guid>();
        var level = new List<Guid> { id };
        while (level.Count > 0)
        {
            var current = level;
            level = await db.Set<Entity>().Where(e => e.ParentId != null && current.Contains(e.ParentId.Value)).Select(e => e.Id).ToListAsync(cancellationToken);
            level.RemoveAll(all.Contains);
            all.AddRange(level);
        }

        return all;
    }

    /// <summary>The id of the parent an entity is created or moved under, checked to be of <paramref name="parentKind"/> in the production (else 404).</summary>
    internal static async Task<Guid?> ParentAsync(StudioDbContext db, Guid projectId, Guid? parentId, string parentKind, CancellationToken cancellationToken)
    {
        if (parentId is null)
        {
            return null;
        }

        var parent = await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == parentId, cancellationToken);
        var kind = parent is null ? null : (await EntityKinds.KindsAsync(db, [parent.EntityTypeId], cancellationToken)).GetValueOrDefault(parent.EntityTypeId);
        if (parent is null || kind != parentKind || parent.ProjectId != projectId)
        {
            throw new NotFoundException();
        }

        return parent.Id;
    }

    /// <summary>Links a new concept to the entities it designs, those of its production among <paramref name="ids"/>.</summary>
    private static async Task AddConceptLinksAsync(StudioDbContext db, Entity concept, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var known = await db.Set<Entity>().Where(e => wanted.Contains(e.Id) && e.ProjectId == concept.ProjectId).Select(e => e.Id).ToListAsync(cancellationToken);
        db.AddRange(known.Select(target => new EntityConceptLink { Id = Guid.NewGuid(), EntityInId = concept.Id, EntityOutId = target }));
    }

    /// <summary>Saves; a second entity of the same name under the same parent gets Zou's message for its kind.</summary>
    private static async Task SaveUniqueAsync(StudioDbContext db, string kind, CancellationToken cancellationToken)
    {
        try
        {
            await DatabaseErrors.SaveAsync(db, cancellationToken);
        }
        catch (IntegrityException e) when (e.Message == DatabaseErrors.Unique)
        {
            throw new WrongParameterException($"{kind} already exists with this name.");
        }
    }
}
