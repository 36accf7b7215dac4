using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Breakdown;

/// <summary>
/// The asset side of the casting (assets blueprint): where an asset is cast (<c>cast-in</c>) and the assets cast in
/// an asset (<c>/data/assets/&lt;id&gt;/casting</c>, set dressing).
/// </summary>
public sealed class AssetCastingService(IDbContextFactory<StudioDbContext> factory, CastingService casting)
{
    /// <summary>
    /// ZOU <c>get_cast_in</c>: the shots using the asset, by episode, sequence and name, then the assets using
    /// it, by type and name; canceled ones left out.
    /// </summary>
    public async Task<JsonArray> CastInAsync(Actor actor, Guid assetId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var asset = await BreakdownQueries.ReadableAsync(db, actor, EntityKinds.Asset, assetId, cancellationToken);
        var users = await db.Set<EntityLink>().AsNoTracking().Where(l => l.EntityOutId == asset.Id)
            .Join(db.Set<Entity>().Where(e => !e.Canceled), l => l.EntityInId, e => e.Id, (l, e) => new { Link = l, Entity = e })
            .ToListAsync(cancellationToken);
        var parentIds = users.Select(u => u.Entity.ParentId).OfType<Guid>().Distinct().ToList();
        var parents = await db.Set<Entity>().AsNoTracking().Where(e => parentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var episodeIds = parents.Values.Select(p => p.ParentId).OfType<Guid>().Distinct().ToList();
        var episodes = await db.Set<Entity>().AsNoTracking().Where(e => episodeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var typeIds = users.Select(u => u.Entity.EntityTypeId).Distinct().ToList();
        var types = await db.Set<EntityType>().AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        var result = new JsonArray();

        // ZOU: the first list joins the user to its parent (the sequence), so entities without one are not shots here.
        var shots = users.Where(u => u.Entity.ParentId is { } p && parents.ContainsKey(p))
            .Select(u => (u.Link, u.Entity, Sequence: parents[u.Entity.ParentId!.Value]))
            .Select(x => (x.Link, x.Entity, x.Sequence, Episode: x.Sequence.ParentId is { } e && episodes.TryGetValue(e, out var name) ? (x.Sequence.ParentId, name) : ((Guid?)null, (string?)null)))
            .OrderBy(x => x.Episode.Item2 is null).ThenBy(x => x.Episode.Item2, StringComparer.Ordinal)
            .ThenBy(x => x.Sequence.Name, StringComparer.Ordinal).ThenBy(x => x.Entity.Name, StringComparer.Ordinal);
        foreach (var (link, shot, sequence, (episodeId, episodeName)) in shots)
        {
            result.Add(new JsonObject
            {
                ["shot_id"] = shot.Id.ToString(),
                ["shot_name"] = shot.Name,
                ["sequence_name"] = sequence.Name,
                ["episode_id"] = episodeId?.ToString() ?? "None", // ZOU: str() of a missing episode id.
                ["episode_name"] = episodeName,
                ["preview_file_id"] = shot.PreviewFileId?.ToString(),
                ["nb_occurences"] = link.NbOccurences,
            });
        }

        var inAssets = users.Where(u => EntityKinds.KindOf(types.GetValueOrDefault(u.Entity.EntityTypeId) ?? "") == EntityKinds.Asset)
            .OrderBy(u => types.GetValueOrDefault(u.Entity.EntityTypeId), StringComparer.Ordinal).ThenBy(u => u.Entity.Name, StringComparer.Ordinal);
        foreach (var user in inAssets)
        {
            result.Add(new JsonObject
            {
                ["asset_id"] = user.Entity.Id.ToString(),
                ["asset_name"] = user.Entity.Name,
                ["asset_type_name"] = types.GetValueOrDefault(user.Entity.EntityTypeId),
                ["preview_file_id"] = user.Entity.PreviewFileId?.ToString(),
                ["nb_occurences"] = user.Link.NbOccurences,
            });
        }

        return result;
    }

    /// <summary>The assets cast in an asset, as the entity casting lists them (team members; vendors on their assets).</summary>
    public async Task<JsonArray> CastingAsync(Actor actor, Guid assetId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var asset = await BreakdownQueries.ReadableAsync(db, actor, EntityKinds.Asset, assetId, cancellationToken);
        return await CastingService.EntityCastingAsync(db, asset.Id, cancellationToken);
    }

    /// <summary>Replaces the assets cast in an asset (project managers), as <c>PUT …/entities/&lt;id&gt;/casting</c> does.</summary>
    public async Task<JsonArray> SetCastingAsync(Actor actor, Guid assetId, JsonArray body, CancellationToken cancellationToken)
    {
        Guid projectId;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            projectId = (await BreakdownService.FindAsync(db, EntityKinds.Asset, assetId, cancellationToken)).ProjectId;
        }

        return await casting.SetAsync(actor, projectId, assetId, body, cancellationToken);
    }
}
