using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Breakdown;

/// <summary>
/// The asset side of the casting (assets blueprint): where an asset is cast (<c>cast-in</c>) and the assets cast in
/// an asset (<c>/data/assets/&lt;id&gt;/casting</c>, set dressing).
/// </summary>
public sealed class AssetCastingService(IDbContextFactory<StudioDbContext> factory, CastingService castings)
{
    /// <summary>
    /// ZOU <c>get_cast_in</c>: the shots using the asset, by episode, sequence and name, then the assets using
    /// it, by type and name; canceled ones left out.
    /// </summary>
    public async Task<CastIn> CastInAsync(Actor actor, Guid assetId, CancellationToken cancellationToken)
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

        // ZOU: the first list joins the user to its parent (the sequence), so entities without one are not shots here.
        var shots = users.Where(u => u.Entity.ParentId is { } p && parents.ContainsKey(p))
            .Select(u =>
            {
                var sequence = parents[u.Entity.ParentId!.Value];
                var episodeName = sequence.ParentId is { } e ? episodes.GetValueOrDefault(e) : null;
                return new CastInShot(u.Entity.Id, u.Entity.Name, sequence.Name, episodeName is null ? null : sequence.ParentId, episodeName,
                    u.Entity.PreviewFileId, u.Link.NbOccurences);
            })
            .OrderBy(x => x.EpisodeName is null).ThenBy(x => x.EpisodeName, StringComparer.Ordinal)
            .ThenBy(x => x.SequenceName, StringComparer.Ordinal).ThenBy(x => x.ShotName, StringComparer.Ordinal);
        var inAssets = users.Where(u => EntityKinds.KindOf(types.GetValueOrDefault(u.Entity.EntityTypeId) ?? "") == EntityKinds.Asset)
            .Select(u => new CastInAsset(u.Entity.Id, u.Entity.Name, types.GetValueOrDefault(u.Entity.EntityTypeId), u.Entity.PreviewFileId, u.Link.NbOccurences))
            .OrderBy(a => a.AssetTypeName, StringComparer.Ordinal).ThenBy(a => a.AssetName, StringComparer.Ordinal);
        return new CastIn([.. shots], [.. inAssets]);
    }

    /// <summary>The assets cast in an asset, as the entity casting lists them (team members; vendors on their assets).</summary>
    public async Task<IReadOnlyList<CastAsset>> CastingAsync(Actor actor, Guid assetId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var asset = await BreakdownQueries.ReadableAsync(db, actor, EntityKinds.Asset, assetId, cancellationToken);
        return await CastingService.EntityCastingAsync(db, asset.Id, cancellationToken);
    }

    /// <summary>Replaces the assets cast in an asset (project managers), as <c>PUT …/entities/&lt;id&gt;/casting</c> does.</summary>
    public async Task SetCastingAsync(Actor actor, Guid assetId, IReadOnlyList<CastingEntry> casting, CancellationToken cancellationToken)
    {
        Guid projectId;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            projectId = (await BreakdownService.FindAsync(db, EntityKinds.Asset, assetId, cancellationToken)).ProjectId;
        }

        await castings.SetAsync(actor, projectId, assetId, casting, cancellationToken);
    }
}
