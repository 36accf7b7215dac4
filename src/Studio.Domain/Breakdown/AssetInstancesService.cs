using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Asset instances: numbered copies of an asset placed in a scene or inside another asset, and linked to
/// the shots where they appear. The number follows the last one of that asset in that scene or asset; the default
/// name is the asset's name slug and the number on four digits.
/// </summary>
public sealed partial class AssetInstancesService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>Creates an instance of <paramref name="assetId"/> in a scene, or inside another asset.</summary>
    public async Task<AssetInstance> CreateAsync(Actor actor, string containerKind, Guid containerId, Guid? assetId, string? description, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var container = await BreakdownService.FindAsync(db, containerKind, containerId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(container.ProjectId, cancellationToken);
        var asset = assetId is { } id ? await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) : null;
        if (asset is null || (await EntityKinds.KindsAsync(db, [asset.EntityTypeId], cancellationToken)).GetValueOrDefault(asset.EntityTypeId) != EntityKinds.Asset)
        {
            throw new WrongParameterException("Asset not found.");
        }

        var inScene = containerKind == "Scene";
        var siblings = db.Set<AssetInstance>().Where(i => i.AssetId == asset.Id && (inScene ? i.SceneId == container.Id : i.TargetAssetId == container.Id));
        var number = (await siblings.MaxAsync(i => i.Number, cancellationToken) ?? 0) + 1;
        var instance = new AssetInstance
        {
            Id = Guid.NewGuid(),
            AssetId = asset.Id,
            Number = number,
            Name = $"{Slug(asset.Name)}_{number.ToString("D4", CultureInfo.InvariantCulture)}",
            Description = description,
            SceneId = inScene ? container.Id : null,
            TargetAssetId = inScene ? null : container.Id,
        };
        db.Add(instance);
        var e = EventPublisher.Stage(db, "asset_instance:new", new EventData { ["asset_instance_id"] = instance.Id.ToString() }, container.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        return instance;
    }

    /// <summary>
    /// Instances grouped by asset: those linked to a shot, placed in a scene or inside an asset; or, for an asset,
    /// its instances grouped by the scene, shot or asset holding them.
    /// </summary>
    public async Task<IReadOnlyList<InstanceGroup>> MapAsync(Actor actor, string kind, Guid id, InstanceView view, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await BreakdownQueries.ReadableAsync(db, actor, kind, id, cancellationToken);
        var instances = db.Set<AssetInstance>().AsNoTracking();
        List<(Guid Key, AssetInstance Instance)> rows = view switch
        {
            InstanceView.LinkedToShot => [.. (await instances.Where(i => db.Set<AssetInstanceLink>().Any(l => l.EntityId == entity.Id && l.AssetInstanceId == i.Id)).ToListAsync(cancellationToken)).Select(i => (i.AssetId, i))],
            InstanceView.InScene => [.. (await instances.Where(i => i.SceneId == entity.Id).ToListAsync(cancellationToken)).Select(i => (i.AssetId, i))],
            InstanceView.CamerasInScene => [.. (await instances.Where(i => i.SceneId == entity.Id
                    && db.Set<Entity>().Any(a => a.Id == i.AssetId && db.Set<Settings.EntityType>().Any(t => t.Id == a.EntityTypeId && t.Name == "Camera")))
                .ToListAsync(cancellationToken)).Select(i => (i.AssetId, i))],
            InstanceView.InAsset => [.. (await instances.Where(i => i.TargetAssetId == entity.Id).ToListAsync(cancellationToken)).Select(i => (i.AssetId, i))],
            InstanceView.OfAssetByScene => [.. (await instances.Where(i => i.AssetId == entity.Id && i.SceneId != null).ToListAsync(cancellationToken)).Select(i => (i.SceneId!.Value, i))],
            _ => [.. (await instances.Where(i => i.AssetId == entity.Id)
                    .Join(db.Set<AssetInstanceLink>(), i => i.Id, l => l.AssetInstanceId, (i, l) => new { l.EntityId, Instance = i })
                    .ToListAsync(cancellationToken)).Select(x => (x.EntityId, x.Instance))],
        };
        return [.. rows.OrderBy(r => r.Instance.Number).GroupBy(r => r.Key).Select(g => new InstanceGroup(g.Key, [.. g.Select(r => r.Instance)]))];
    }

    /// <summary>Links an instance to a shot; returns the shot.</summary>
    public async Task<Entity> AddToShotAsync(Actor actor, Guid shotId, Guid? instanceId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var shot = await BreakdownService.FindAsync(db, "Shot", shotId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(shot.ProjectId, cancellationToken);
        var instance = instanceId is { } id ? await db.Set<AssetInstance>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) : null;
        if (instance is null)
        {
            throw new WrongParameterException("Asset instance not found.");
        }

        if (!await db.Set<AssetInstanceLink>().AnyAsync(l => l.EntityId == shot.Id && l.AssetInstanceId == instance.Id, cancellationToken))
        {
            db.Add(new AssetInstanceLink { EntityId = shot.Id, AssetInstanceId = instance.Id });
        }

        var e = EventPublisher.Stage(db, "asset_instance:add-to-shot", Data(shot.Id, instance.Id), shot.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        return shot;
    }

    public async Task RemoveFromShotAsync(Actor actor, Guid shotId, Guid instanceId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var shot = await BreakdownService.FindAsync(db, "Shot", shotId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(shot.ProjectId, cancellationToken);
        var link = await db.Set<AssetInstanceLink>().FirstOrDefaultAsync(l => l.EntityId == shot.Id && l.AssetInstanceId == instanceId, cancellationToken)
            ?? throw new NotFoundException();
        db.Remove(link);
        var e = EventPublisher.Stage(db, "asset_instance:remove-from-shot", Data(shot.Id, instanceId), shot.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    /// <summary>ZOU: <c>slugify(name, "_", lowercase=False)</c>.</summary>
    public static string Slug(string name) => NotWord().Replace(name.Normalize(System.Text.NormalizationForm.FormKD), "_").Trim('_');


    private static EventData Data(Guid shotId, Guid instanceId) => new() { ["shot_id"] = shotId.ToString(), ["asset_instance_id"] = instanceId.ToString() };

    [GeneratedRegex(@"[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();
}

/// <summary>Which instances a map lists, and what it groups them by.</summary>
public enum InstanceView
{
    /// <summary>Instances linked to a shot, by asset.</summary>
    LinkedToShot,

    /// <summary>Instances placed in a scene, by asset.</summary>
    InScene,

    /// <summary>ZOU <c>get_camera_instances_for_scene</c>: instances of assets of the Camera type placed in a scene, by asset.</summary>
    CamerasInScene,

    /// <summary>Instances placed inside an asset, by instantiated asset.</summary>
    InAsset,

    /// <summary>An asset's instances placed in scenes, by scene.</summary>
    OfAssetByScene,

    /// <summary>An asset's instances linked to shots, by shot.</summary>
    OfAssetByShot,
}
