using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Which entities a caller may list (Zou's criterion checks): with a <c>project_id</c> the caller must be in the
/// team; without one a non-admin sees the open productions of their teams; a vendor only sees the entities reached
/// through the tasks they are assigned to. Clients never read concepts.
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

        return access.Actor.IsVendor ? query.Where(ReachedByVendor(db, access.Actor.PersonId)) : query;
    }

    /// <summary>
    /// ZOU: what a vendor sees of the breakdown: an entity with a task assigned to them, a sequence (or an episode)
    /// holding such a shot, an episode holding such a sequence or an asset of that episode (<c>source_id</c>).
    /// </summary>
    public static Expression<Func<Entity, bool>> ReachedByVendor(StudioDbContext db, Guid me)
    {
        var assigned = db.Set<ProductionTask>().Where(t => db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me));
        var entities = db.Set<Entity>();
        return e => assigned.Any(t => t.EntityId == e.Id)
            || entities.Any(c => c.ParentId == e.Id && (assigned.Any(t => t.EntityId == c.Id) || entities.Any(s => s.ParentId == c.Id && assigned.Any(t => t.EntityId == s.Id))))
            || entities.Any(a => a.SourceId == e.Id && assigned.Any(t => t.EntityId == a.Id));
    }

    /// <summary>
    /// Checks the caller may read one entity: team member; a vendor must reach it through an assigned task; a client
    /// may not read a concept (ZOU: every concept route refuses clients).
    /// </summary>
    public static async Task EnsureReadAsync(StudioDbContext db, ProjectAccess access, Entity entity, CancellationToken cancellationToken)
    {
        if (entity.IsShared && await ReadsLibraryAsync(access, cancellationToken))
        {
            return;
        }

        await access.EnsureMemberAsync(entity.ProjectId, cancellationToken);
        if (access.Actor.IsVendor
            && !await db.Set<Entity>().Where(e => e.Id == entity.Id).AnyAsync(ReachedByVendor(db, access.Actor.PersonId), cancellationToken))
        {
            throw new PermissionDeniedException();
        }

        if (await access.EffectiveRoleAsync(entity.ProjectId, cancellationToken) == Roles.Client && await EntityKinds.IsConceptAsync(db, entity.Id, cancellationToken))
        {
            throw new PermissionDeniedException();
        }
    }

    /// <summary>
    /// A shared asset is a library item: any team member of any production may read it, and its main picture, but
    /// not a vendor nor a client.
    /// </summary>
    public static async Task<bool> ReadsLibraryAsync(ProjectAccess access, CancellationToken cancellationToken) =>
        !access.Actor.IsVendor && !access.Actor.IsClient && (await access.MembershipsAsync(cancellationToken)).Count > 0;

    /// <summary>ZOU: the concept lists refuse vendors and clients outright.</summary>
    public static void EnsureMayListConcepts(Actor actor)
    {
        if (actor.IsVendor || actor.IsClient)
        {
            throw new PermissionDeniedException();
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
