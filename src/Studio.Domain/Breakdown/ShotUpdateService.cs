using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;

namespace Studio.Domain.Breakdown;

/// <summary>
/// A shot's update by its own route: project managers change a shot, then the entity update of the CRUD routes does
/// the rest (data merged into the stored data, names unique per sequence, references kept in the production, status
/// values, the version a rename or a new frame range records, the event).
/// </summary>
public sealed class ShotUpdateService(IDbContextFactory<StudioDbContext> factory, CrudService crud)
{
    /// <summary>Checks the shot exists and the caller manages its production, before its changes are read.</summary>
    public async Task EnsureMayUpdateAsync(Actor actor, Guid shotId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var shot = await BreakdownService.FindAsync(db, "Shot", shotId, cancellationToken);

        // ZOU: check_manager_project_access, a plain 403 (unlike the entity PUT, which wraps it in a 400).
        await new ProjectAccess(db, actor).EnsureManagerAsync(shot.ProjectId, cancellationToken);
    }

    /// <summary>The entity update of the CRUD routes; a new sequence must be one of the shot's production.</summary>
    public async Task<CrudRow<Entity>> UpdateAsync(Actor actor, Guid shotId, CrudChanges<Entity> changes, CancellationToken cancellationToken)
    {
        if (changes.TryGetValue<Guid?>("parent_id", out var parent))
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var shot = await BreakdownService.FindAsync(db, "Shot", shotId, cancellationToken);
            changes.Set(e => e.ParentId, await BreakdownService.ParentAsync(db, shot.ProjectId, parent, "Sequence", cancellationToken));
        }

        return await CrudRegistry.For<Entity>().UpdateAsync(crud, actor, shotId, changes, cancellationToken);
    }
}
