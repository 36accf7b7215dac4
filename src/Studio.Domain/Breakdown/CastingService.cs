using System.Text.Json;
using System.Text.Json.Nodes;
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
    public async Task<JsonArray> GetAsync(Actor actor, Guid projectId, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await EntityOfProjectAsync(db, projectId, entityId, cancellationToken);
        await EnsureReadAsync(db, actor, entity.ProjectId, cancellationToken);
        return await EntityCastingAsync(db, entity.Id, cancellationToken);
    }

    /// <summary>
    /// The casting of many entities as <c>{entity_id: [casting]}</c>: the shots of a sequence, of an episode or of
    /// the whole production, the assets of a type, or the episodes.
    /// </summary>
    public async Task<JsonObject> MapAsync(Actor actor, Guid projectId, CastingScope scope, Guid? id, CancellationToken cancellationToken)
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
        return await CastingMapAsync(db, entities, scope is CastingScope.Sequence or CastingScope.EpisodeShots or CastingScope.AllShots, cancellationToken);
    }

    /// <summary>
    /// Replaces the casting of one entity with <paramref name="casting"/> (items without <c>asset_id</c> and
    /// <c>nb_occurences</c> are ignored); returns the body as Zou does.
    /// </summary>
    public async Task<JsonArray> SetAsync(Actor actor, Guid projectId, Guid entityId, JsonArray casting, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await EntityOfProjectAsync(db, projectId, entityId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var staged = await ReplaceAsync(db, actor, entity, casting, cancellationToken);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
        return casting;
    }

    /// <summary>ZOU: <c>PUT /data/projects/&lt;p&gt;/entities/casting</c>, <c>{entity_id: [casting]}</c>, in one transaction.</summary>
    public async Task<JsonObject> SetManyAsync(Actor actor, Guid projectId, JsonObject castings, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var staged = new List<ApiEvent>();
        foreach (var (key, value) in castings)
        {
            var entityId = Guid.TryParse(key, out var g) ? g : throw new WrongParameterException("Malformed ID.");
            var entity = await EntityOfProjectAsync(db, projectId, entityId, cancellationToken);
            staged.AddRange(await ReplaceAsync(db, actor, entity, value as JsonArray ?? throw new WrongParameterException("A casting must be a list."), cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
        return castings;
    }

    /// <summary>
    /// ZOU: <c>GET /data/projects/&lt;p&gt;/entity-links</c> (project managers, for synchronisation): a bare list, a
    /// page (<c>page</c>, <c>limit</c>) or the links after a <c>cursor_created_at</c>, oldest first.
    /// </summary>
    public async Task<JsonNode> EntityLinksAsync(Actor actor, Guid projectId, int? page, int? limit, DateTime? cursor, CancellationToken cancellationToken)
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
            return new JsonObject { ["data"] = LinksJson(rows), ["total"] = total, ["limit"] = size };
        }

        if (page is { } p && p >= 1)
        {
            var size = limit is > 0 ? limit.Value : 100;
            var total = await links.CountAsync(cancellationToken);
            var rows = await links.Skip((p - 1) * size).Take(size).ToListAsync(cancellationToken);
            var numbers = new Crud.CrudPage(p, size, total);
            return new JsonObject
            {
                ["data"] = LinksJson(rows), ["total"] = total, ["nb_pages"] = numbers.NbPages, ["limit"] = size, ["offset"] = numbers.Offset, ["page"] = p,
            };
        }

        return LinksJson(await links.ToListAsync(cancellationToken));
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

    private static JsonArray LinksJson(IEnumerable<EntityLink> links) => [.. links.Select(l => (JsonNode?)new JsonObject
    {
        ["id"] = l.Id.ToString(),
        ["entity_in_id"] = l.EntityInId.ToString(),
        ["entity_out_id"] = l.EntityOutId.ToString(),
        ["nb_occurences"] = l.NbOccurences,
        ["label"] = l.Label,
        ["data"] = l.Data?.DeepClone(),
        ["created_at"] = l.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
        ["type"] = "EntityLink",
    })];

    private static async Task<List<ApiEvent>> ReplaceAsync(StudioDbContext db, Actor actor, Entity entity, JsonArray casting, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<Guid, (int Occurences, string Label)>();
        foreach (var item in casting.OfType<JsonObject>())
        {
            if (Guid.TryParse(Text(item["asset_id"]), out var assetId) && item["nb_occurences"] is JsonValue n && n.GetValueKind() == JsonValueKind.Number)
            {
                wanted[assetId] = (n.TryGetValue<int>(out var count) ? count : (int)n.GetValue<double>(), Text(item["label"]) ?? "");
            }
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

    private static async Task<List<CastRow>> CastRowsAsync(StudioDbContext db, IQueryable<Entity> entities, CancellationToken cancellationToken)
    {
        var ids = entities.Select(e => e.Id);
        return await db.Set<EntityLink>().AsNoTracking().Where(l => ids.Contains(l.EntityInId))
            .Join(db.Set<Entity>().Where(a => !a.Canceled), l => l.EntityOutId, a => a.Id, (l, a) => new CastRow(
                l.EntityInId, a.Id, a.Name, a.EntityTypeId, a.ReadyFor, a.SourceId, a.PreviewFileId, l.NbOccurences, l.Label, a.IsShared, a.ProjectId))
            .ToListAsync(cancellationToken);
    }

    private static async Task<Dictionary<Guid, string>> TypeNamesAsync(StudioDbContext db, List<CastRow> rows, CancellationToken cancellationToken)
    {
        var typeIds = rows.Select(r => r.AssetTypeId).Distinct().ToList();
        return await db.Set<EntityType>().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
    }

    /// <summary>ZOU's casting of one entity: the asset with its type, readiness, episode, sharing and production.</summary>
    internal static async Task<JsonArray> EntityCastingAsync(StudioDbContext db, Guid entityId, CancellationToken cancellationToken)
    {
        var rows = await CastRowsAsync(db, db.Set<Entity>().Where(e => e.Id == entityId), cancellationToken);
        var typeNames = await TypeNamesAsync(db, rows, cancellationToken);
        return [.. rows
            .OrderBy(r => typeNames.GetValueOrDefault(r.AssetTypeId), StringComparer.Ordinal).ThenBy(r => r.AssetName, StringComparer.Ordinal)
            .Select(r => (JsonNode?)new JsonObject
            {
                ["asset_id"] = r.AssetId.ToString(),
                ["asset_name"] = r.AssetName,
                ["asset_type_name"] = typeNames.GetValueOrDefault(r.AssetTypeId),
                ["ready_for"] = r.ReadyFor?.ToString(),
                ["episode_id"] = r.SourceId?.ToString(),
                ["preview_file_id"] = r.PreviewFileId?.ToString(),
                ["nb_occurences"] = r.NbOccurences,
                ["label"] = r.Label,
                ["is_shared"] = r.IsShared,
                ["project_id"] = r.ProjectId.ToString(),
            })];
    }

    /// <summary>
    /// ZOU's bulk casting maps, <c>{entity_id: [{asset_id, name, asset_name, asset_type_name, (sequence_name),
    /// preview_file_id, nb_occurences, label}]}</c>, where <c>name</c> is the asset's name again.
    /// </summary>
    private static async Task<JsonObject> CastingMapAsync(StudioDbContext db, IQueryable<Entity> entities, bool withSequence, CancellationToken cancellationToken)
    {
        var rows = await CastRowsAsync(db, entities, cancellationToken);
        var typeNames = await TypeNamesAsync(db, rows, cancellationToken);
        var owners = await entities.AsNoTracking().Select(e => new { e.Id, e.Name, Sequence = db.Set<Entity>().Where(s => s.Id == e.ParentId).Select(s => s.Name).FirstOrDefault() })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var map = new JsonObject();
        var ordered = rows
            .OrderBy(r => owners[r.EntityId].Sequence, StringComparer.Ordinal).ThenBy(r => owners[r.EntityId].Name, StringComparer.Ordinal)
            .ThenBy(r => typeNames.GetValueOrDefault(r.AssetTypeId), StringComparer.Ordinal).ThenBy(r => r.AssetName, StringComparer.Ordinal);
        foreach (var group in ordered.GroupBy(r => r.EntityId))
        {
            var owner = owners[group.Key];
            map[group.Key.ToString()] = new JsonArray([.. group.Select(r =>
            {
                var item = new JsonObject
                {
                    ["asset_id"] = r.AssetId.ToString(),
                    ["name"] = r.AssetName, // ZOU: "name" repeats the asset's name (the joined entity is the asset).
                    ["asset_name"] = r.AssetName,
                    ["asset_type_name"] = typeNames.GetValueOrDefault(r.AssetTypeId),
                };
                if (withSequence)
                {
                    item["sequence_name"] = owner.Sequence;
                }

                item["preview_file_id"] = r.PreviewFileId?.ToString();
                item["nb_occurences"] = r.NbOccurences;
                item["label"] = r.Label;
                return (JsonNode?)item;
            })]);
        }

        return map;
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

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
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
