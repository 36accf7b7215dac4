using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Which entities a caller may list (Zou's criterion checks): with a <c>project_id</c> the caller must be in the
/// team; without one a non-admin sees the open productions of their teams; a vendor only sees the entities of
/// the tasks they are assigned to.
/// </summary>
public static class EntityScope
{
    public static async Task<IQueryable<Entity>> ApplyAsync(StudioDbContext db, ProjectAccess access, IQueryable<Entity> query, Guid? projectId, CancellationToken cancellationToken)
    {
        if (projectId is { } id)
        {
            await BreakdownService.EnsureProjectAsync(db, id, cancellationToken);
            await access.EnsureMemberAsync(id, cancellationToken);
            query = query.Where(e => e.ProjectId == id);
        }
        else if (!access.Actor.IsAdmin)
        {
            var open = (await access.OpenTeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
            query = query.Where(e => open.Contains(e.ProjectId));
        }

        if (access.Actor.IsVendor)
        {
            var me = access.Actor.PersonId;
            query = query.Where(e => db.Set<ProductionTask>().Any(t => t.EntityId == e.Id && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me)));
        }

        return query;
    }

    /// <summary>Checks the caller may read one entity: team member, and for a vendor, assigned to one of its tasks.</summary>
    public static async Task EnsureReadAsync(StudioDbContext db, ProjectAccess access, Entity entity, CancellationToken cancellationToken)
    {
        // A shared asset is a library item: any team member of any production may read it (not vendors nor clients).
        if (entity.IsShared && !access.Actor.IsVendor && !access.Actor.IsClient && (await access.MembershipsAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        await access.EnsureMemberAsync(entity.ProjectId, cancellationToken);
        if (access.Actor.IsVendor)
        {
            var me = access.Actor.PersonId;
            var assigned = await db.Set<ProductionTask>().AnyAsync(t => t.EntityId == entity.Id && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me), cancellationToken);
            if (!assigned)
            {
                throw new PermissionDeniedException();
            }
        }
    }

    /// <summary>The optional <c>project_id</c> of a query string (400 when malformed).</summary>
    public static Guid? ProjectIdOf(IReadOnlyDictionary<string, string> query) => IdOf(query, "project_id");

    public static Guid? IdOf(IReadOnlyDictionary<string, string> query, string key)
    {
        if (!query.TryGetValue(key, out var text) || string.IsNullOrEmpty(text))
        {
            return null;
        }

        return Guid.TryParse(text, out var id) ? id : throw new WrongParameterException($"Invalid {key}.");
    }
}
