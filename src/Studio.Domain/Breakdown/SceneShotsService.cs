using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Breakdown;

/// <summary>
/// A layout scene as the source of shots (ZOU's scenes_service): a shot whose <c>source_id</c> is the scene comes
/// from it. Team members link and unlink shots of the scene's production.
/// </summary>
public sealed class SceneShotsService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>The shots that come from the scene, with their project and sequence names.</summary>
    public async Task<IReadOnlyList<ListedEntity>> ShotsAsync(Actor actor, Guid sceneId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var scene = await BreakdownQueries.ReadableAsync(db, actor, "Scene", sceneId, cancellationToken);
        var shotTypes = await EntityKinds.TypeIdsOfKindAsync(db, "Shot", cancellationToken);
        var shots = await db.Set<Entity>().AsNoTracking().Where(e => e.SourceId == scene.Id && shotTypes.Contains(e.EntityTypeId)).ToListAsync(cancellationToken);
        return await BreakdownQueries.WithNamesAsync(db, shots, cancellationToken);
    }

    /// <summary>The scene becomes the shot's source (team members of the scene's production); returns the shot.</summary>
    public Task<Entity> AddAsync(Actor actor, Guid sceneId, Guid shotId, CancellationToken cancellationToken) =>
        LinkAsync(actor, sceneId, shotId, link: true, cancellationToken);

    /// <summary>The shot no longer comes from the scene.</summary>
    public Task RemoveAsync(Actor actor, Guid sceneId, Guid shotId, CancellationToken cancellationToken) =>
        LinkAsync(actor, sceneId, shotId, link: false, cancellationToken);

    private async Task<Entity> LinkAsync(Actor actor, Guid sceneId, Guid shotId, bool link, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var scene = await BreakdownService.FindAsync(db, "Scene", sceneId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(scene.ProjectId, cancellationToken);
        var shot = await BreakdownService.FindAsync(db, "Shot", shotId, cancellationToken);
        if (shot.ProjectId != scene.ProjectId)
        {
            throw new NotFoundException();
        }

        if (!link && shot.SourceId != scene.Id)
        {
            // The shot comes from another scene (or none): unlinking it from this one changes nothing.
            return shot;
        }

        shot.SourceId = link ? scene.Id : null;
        var data = new EventData { ["scene_id"] = scene.Id.ToString(), ["shot_id"] = shot.Id.ToString() };
        List<ApiEvent> staged =
        [
            EventPublisher.Stage(db, "shot:update", new EventData { ["shot_id"] = shot.Id.ToString() }, shot.ProjectId, actor.PersonId),
            EventPublisher.Stage(db, link ? "shot:add-to-scene" : "shot:remove-from-scene", data, shot.ProjectId, actor.PersonId),
        ];
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        return shot;
    }
}
