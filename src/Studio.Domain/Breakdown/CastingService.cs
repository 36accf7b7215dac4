using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Casting: which assets appear in a shot, a sequence, an episode or another asset, how many times and
/// with which label. A cast asset is also linked to the episode of the shot; the shot's tasks count the assets
/// ready for them.
/// </summary>
public sealed class CastingService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    private sealed record CastRow(Guid EntityId, Guid AssetId, string AssetName, Guid AssetTypeId, Guid? ReadyFor, Guid? SourceId, Guid? PreviewFileId,
        int? NbOccurences, string? Label, bool IsShared, Guid ProjectId);

    /// <summary>The casting of one entity: its assets (canceled ones hidden), ordered by asset type then name.</summary>
    public async Task<IReadOnlyList<CastAsset>> GetAsync(Actor actor, Guid projectId, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await EntityOfProjectAsync(db, projectId, entityId, cancellationToken);
        await EnsureReadAsync(db, actor, entity.ProjectId, cancellationToken);
        return await EntityCastingAsync(db, entity.Id, cancellationToken);
    }

    /// <summary>
    /// The casting of many entities: the shots of a sequence, of an episode or of the whole production, the assets of
    /// a type, or the episodes; each entity with its parent's name, by that name and the entity's, cast assets by type
    /// and name. Entities without a cast asset are left out.
    /// </summary>
    public async Task<IReadOnlyList<EntityCasting>> MapAsync(Actor actor, Guid projectId, CastingScope scope, Guid? id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await EnsureReadAsync(db, actor, projectId, cancellationToken);
        var shots = db.Set<EntityType>().Where(t => t.Name == "Shot").Select(t => t.Id);
        var episodes = db.Set<EntityType>().Where(t => t.Name == "Episode").Select(t => t.Id);
        var inProject = db.Set<Entity>().Where(e => e.ProjectId == projectId);
        var entities = scope switch
        {
            CastingScope.Sequence => inProject.Where(e => shots.Contains(e.EntityTypeId) && e.ParentId == id),
            CastingScope.EpisodeShots => inProject.Where(e => shots.Contains(e.EntityTypeId) && db.Set<Entity>().Any(s => s.Id == e.ParentId && s.ParentId == id)),
            CastingScope.AllShots => inProject.Where(e => shots.Contains(e.EntityTypeId)),
            CastingScope.AssetType => inProject.Where(e => e.EntityTypeId == id),
            _ => inProject.Where(e => episodes.Contains(e.EntityTypeId)),
        };
        return await CastingMapAsync(db, entities, cancellationToken);
    }

    /// <summary>Replaces the casting of one entity with <paramref name="casting"/> (project managers); the last entry of an asset counts.</summary>
    public async Task SetAsync(Actor actor, Guid projectId, Guid entityId, IReadOnlyList<CastingEntry> casting, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await EntityOfProjectAsync(db, projectId, entityId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var staged = await ReplaceAsync(db, actor, entity, casting, cancellationToken);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
    }

    /// <summary>
    /// Replaces the casting of several entities of a production (project managers), in one transaction. Each change is
    /// read as it is applied, once the caller may: ZOU answers a malformed entry after the caller's rights.
    /// </summary>
    public async Task SetManyAsync(Actor actor, Guid projectId, IEnumerable<CastingChange> castings, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var staged = new List<ApiEvent>();
        foreach (var change in castings)
        {
            var entity = await EntityOfProjectAsync(db, projectId, change.EntityId, cancellationToken);
            staged.AddRange(await ReplaceAsync(db, actor, entity, change.Casting, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
    }

    /// <summary>
    /// ZOU: <c>GET /data/projects/&lt;p&gt;/entity-links</c> (project managers, for synchronisation): a bare list, a
    /// page (<c>page</c>, <c>limit</c>) or the links after a <c>cursor_created_at</c>, oldest first.
    /// </summary>
    public async Task<EntityLinksPage> EntityLinksAsync(Actor actor, Guid projectId, int? page, int? limit, DateTime? cursor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var links = db.Set<EntityLink>().AsNoTracking()
            .Where(l => db.Set<Entity>().Any(e => e.Id == l.EntityInId && e.ProjectId == projectId))
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id);
        if (cursor is { } after)
        {
            var size = limit is > 0 ? limit.Value : 100;
            var total = await links.CountAsync(cancellationToken);
            var rows = await links.Where(l => l.CreatedAt > after).Take(size).ToListAsync(cancellationToken);
            return new EntityLinksPage(rows, total, size, null, AfterCursor: true);
        }

        if (page is { } p && p >= 1)
        {
            var size = limit is > 0 ? limit.Value : 100;
            var total = await links.CountAsync(cancellationToken);
            var rows = await links.Skip((p - 1) * size).Take(size).ToListAsync(cancellationToken);
            return new EntityLinksPage(rows, total, size, p, AfterCursor: false);
        }

        var all = await links.ToListAsync(cancellationToken);
        return new EntityLinksPage(all, all.Count, all.Count, null, AfterCursor: false);
    }

    public async Task DeleteEntityLinkAsync(Actor actor, Guid projectId, Guid linkId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var link = await db.Set<EntityLink>().FirstOrDefaultAsync(l => l.Id == linkId && db.Set<Entity>().Any(e => e.Id == l.EntityInId && e.ProjectId == projectId), cancellationToken)
            ?? throw new NotFoundException();
        var entity = await db.Set<Entity>().FirstAsync(e => e.Id == link.EntityInId, cancellationToken);
        db.Remove(link);
        entity.NbEntitiesOut = Math.Max(0, (entity.NbEntitiesOut ?? 1) - 1);
        var e = Stage(db, actor, entity, "entity-link:delete", new EventData { ["entity_link_id"] = link.Id.ToString() });
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    private static async Task<List<ApiEvent>> ReplaceAsync(StudioDbContext db, Actor actor, Entity entity, IReadOnlyList<CastingEntry> casting, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<Guid, (int Occurences, string Label)>();
        foreach (var item in casting)
        {
            wanted[item.AssetId] = (item.NbOccurences, item.Label ?? "");
        }

        var known = await db.Set<Entity>().Where(e => wanted.Keys.Contains(e.Id) && (e.ProjectId == entity.ProjectId || e.IsShared)).Select(e => e.Id).ToListAsync(cancellationToken);
        var unknown = wanted.Keys.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new WrongParameterException($"Asset not found: {unknown[0]}");
        }

        var existing = await db.Set<EntityLink>().Where(l => l.EntityInId == entity.Id).ToListAsync(cancellationToken);
        var removed = existing.Where(l => !wanted.ContainsKey(l.EntityOutId)).ToList();
        var added = wanted.Keys.Where(a => existing.All(l => l.EntityOutId != a)).ToList();
        var staged = new List<ApiEvent>();
        db.RemoveRange(removed);
        foreach (var (assetId, (occurences, label)) in wanted)
        {
            var link = existing.FirstOrDefault(l => l.EntityOutId == assetId);
            if (link is null)
            {
                link = new EntityLink { Id = Guid.NewGuid(), EntityInId = entity.Id, EntityOutId = assetId };
                db.Add(link);
                staged.Add(Stage(db, actor, entity, "entity-link:new", new EventData
                {
                    ["entity_link_id"] = link.Id.ToString(), ["entity_in_id"] = entity.Id.ToString(), ["entity_out_id"] = assetId.ToString(), ["nb_occurences"] = occurences,
                }));
            }
            else if (link.NbOccurences != occurences || link.Label != label)
            {
                staged.Add(Stage(db, actor, entity, "entity-link:update", new EventData { ["entity_link_id"] = link.Id.ToString(), ["nb_occurences"] = occurences }));
            }

            link.NbOccurences = occurences;
            link.Label = label;
        }

        entity.NbEntitiesOut = wanted.Count;
        var kind = (await EntityKinds.KindsAsync(db, [entity.EntityTypeId], cancellationToken)).GetValueOrDefault(entity.EntityTypeId, EntityKinds.Asset);
        await SyncEpisodeAsync(db, entity, kind, added, [.. removed.Select(l => l.EntityOutId)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await CastingStats.RefreshEntityAsync(db, entity.Id, cancellationToken);

        var prefix = kind.ToLowerInvariant();
        staged.Add(Stage(db, actor, entity, prefix + ":casting-update", new EventData
        {
            [prefix + "_id"] = entity.Id.ToString(),
            ["nb_entities_out"] = wanted.Count,
            ["added_asset_ids"] = added.ToList(),
            ["removed_asset_ids"] = removed.Select(l => l.EntityOutId).ToList(),
        }));
        return staged;
    }

    /// <summary>
    /// ZOU: an asset cast in a shot is also linked to the shot's episode, and unlinked from it when no other shot of
    /// the episode uses it; assets removed from an episode leave the episode's shots too.
    /// </summary>
    private static async Task SyncEpisodeAsync(StudioDbContext db, Entity entity, string kind, List<Guid> added, List<Guid> removed, CancellationToken cancellationToken)
    {
        if (kind == "Episode")
        {
            if (removed.Count > 0)
            {
                var shotLinks = await db.Set<EntityLink>().Where(l => removed.Contains(l.EntityOutId)
                    && db.Set<Entity>().Any(s => s.Id == l.EntityInId && db.Set<Entity>().Any(q => q.Id == s.ParentId && q.ParentId == entity.Id))).ToListAsync(cancellationToken);
                db.RemoveRange(shotLinks);
            }

            return;
        }

        if (kind != "Shot" || entity.ParentId is null)
        {
            return;
        }

        var episodeId = await db.Set<Entity>().Where(s => s.Id == entity.ParentId).Select(s => s.ParentId).FirstOrDefaultAsync(cancellationToken);
        if (episodeId is not { } episode)
        {
            return;
        }

        var episodeLinks = await db.Set<EntityLink>().Where(l => l.EntityInId == episode).ToListAsync(cancellationToken);
        foreach (var asset in added.Where(a => episodeLinks.All(l => l.EntityOutId != a)))
        {
            db.Add(new EntityLink { Id = Guid.NewGuid(), EntityInId = episode, EntityOutId = asset, NbOccurences = 1 });
        }

        foreach (var asset in removed)
        {
            var usedElsewhere = await db.Set<EntityLink>().AnyAsync(l => l.EntityOutId == asset && l.EntityInId != entity.Id
                && db.Set<Entity>().Any(s => s.Id == l.EntityInId && db.Set<Entity>().Any(q => q.Id == s.ParentId && q.ParentId == episode)), cancellationToken);
            if (!usedElsewhere)
            {
                db.RemoveRange(episodeLinks.Where(l => l.EntityOutId == asset));
            }
        }
    }

    /// <summary>The assets cast in <paramref name="entities"/> (canceled ones hidden), by asset type name, then asset name.</summary>
    private static async Task<List<(Guid EntityId, CastAsset Asset)>> CastRowsAsync(StudioDbContext db, IQueryable<Entity> entities, CancellationToken cancellationToken)
    {
        var ids = entities.Select(e => e.Id);
        var rows = await db.Set<EntityLink>().AsNoTracking().Where(l => ids.Contains(l.EntityInId))
            .Join(db.Set<Entity>().Where(a => !a.Canceled), l => l.EntityOutId, a => a.Id, (l, a) => new CastRow(
                l.EntityInId, a.Id, a.Name, a.EntityTypeId, a.ReadyFor, a.SourceId, a.PreviewFileId, l.NbOccurences, l.Label, a.IsShared, a.ProjectId))
            .ToListAsync(cancellationToken);
        var typeIds = rows.Select(r => r.AssetTypeId).Distinct().ToList();
        var typeNames = await db.Set<EntityType>().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return [.. rows
            .Select(r => (r.EntityId, Asset: new CastAsset(r.AssetId, r.AssetName, typeNames.GetValueOrDefault(r.AssetTypeId), r.ReadyFor, r.SourceId, r.PreviewFileId,
                r.NbOccurences, r.Label, r.IsShared, r.ProjectId)))
            .OrderBy(r => r.Asset.AssetTypeName, StringComparer.Ordinal).ThenBy(r => r.Asset.AssetName, StringComparer.Ordinal)];
    }

    /// <summary>The casting of one entity: its assets (canceled ones hidden) by type name, then name.</summary>
    internal static async Task<IReadOnlyList<CastAsset>> EntityCastingAsync(StudioDbContext db, Guid entityId, CancellationToken cancellationToken)
    {
        var rows = await CastRowsAsync(db, db.Set<Entity>().Where(e => e.Id == entityId), cancellationToken);
        return [.. rows.Select(r => r.Asset)];
    }

    /// <summary>The casting of many entities, by their parent's name and their name.</summary>
    private static async Task<IReadOnlyList<EntityCasting>> CastingMapAsync(StudioDbContext db, IQueryable<Entity> entities, CancellationToken cancellationToken)
    {
        var rows = await CastRowsAsync(db, entities, cancellationToken);
        var owners = await entities.AsNoTracking().Select(e => new { e.Id, e.Name, Parent = db.Set<Entity>().Where(s => s.Id == e.ParentId).Select(s => s.Name).FirstOrDefault() })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        return [.. rows
            .GroupBy(r => r.EntityId)
            .OrderBy(g => owners[g.Key].Parent, StringComparer.Ordinal).ThenBy(g => owners[g.Key].Name, StringComparer.Ordinal)
            .Select(g => new EntityCasting(g.Key, owners[g.Key].Parent, [.. g.Select(r => r.Asset)]))];
    }

    private static async Task EnsureReadAsync(StudioDbContext db, Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureNotVendor(actor);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
    }

    private static async Task<Entity> EntityOfProjectAsync(StudioDbContext db, Guid projectId, Guid entityId, CancellationToken cancellationToken)
    {
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        return await db.Set<Entity>().FirstOrDefaultAsync(e => e.Id == entityId && e.ProjectId == projectId, cancellationToken) ?? throw new NotFoundException();
    }

    private static ApiEvent Stage(StudioDbContext db, Actor actor, Entity entity, string name, EventData data) =>
        EventPublisher.Stage(db, name, data, entity.ProjectId, actor.PersonId);
}

/// <summary>Which entities a casting map covers.</summary>
public enum CastingScope
{
    Sequence,
    EpisodeShots,
    AllShots,
    AssetType,
    Episodes,
}
