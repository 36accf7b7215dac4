using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// The tasks of an episode's assets or edits, as the tasks area details them (<see cref="DetailedTask"/>).
/// </summary>
public sealed class EpisodeTaskQueries(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>
    /// ZOU: <c>/episodes/&lt;e&gt;/asset-tasks</c> and <c>/edit-tasks</c>: the tasks of the episode's assets (by their
    /// episode) or edits, each with its project, type, status, entity type and entity names; assignees only with
    /// <paramref name="relations"/>. Vendors are refused.
    /// </summary>
    public async Task<IReadOnlyList<DetailedTask>> EpisodeTasksAsync(Actor actor, Guid episodeId, string kind, bool relations, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureNotVendor(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var episode = await BreakdownQueries.ReadableAsync(db, actor, "Episode", episodeId, cancellationToken);
        var types = await EntityKinds.TypeIdsOfKindAsync(db, kind, cancellationToken);
        var entities = db.Set<Entity>().Where(e => types.Contains(e.EntityTypeId) && e.ProjectId == episode.ProjectId);
        entities = kind == EntityKinds.Asset ? entities.Where(e => e.SourceId == episode.Id) : entities.Where(e => e.ParentId == episode.Id);
        var tasks = db.Set<ProductionTask>().Where(t => entities.Any(e => e.Id == t.EntityId));
        return await EntityTasksService.DetailedTasksAsync(db, tasks, relations, cancellationToken);
    }
}
