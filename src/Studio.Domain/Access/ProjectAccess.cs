using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;

namespace Studio.Domain.Access;

/// <summary>
/// Zou's project-level permission primitives: team membership and effective role. One instance per
/// operation; memberships are read once and cached for the operation.
/// </summary>
public sealed class ProjectAccess(StudioDbContext db, Actor actor)
{
    private Dictionary<Guid, string?>? memberships;

    public Actor Actor => actor;

    /// <summary>Projects whose team the actor is in, with the project-level role override (null = global role).</summary>
    public async Task<IReadOnlyDictionary<Guid, string?>> MembershipsAsync(CancellationToken cancellationToken)
    {
        memberships ??= await db.Set<ProjectPersonLink>().AsNoTracking()
            .Where(l => l.PersonId == actor.PersonId)
            .ToDictionaryAsync(l => l.ProjectId, l => l.Role, cancellationToken);
        return memberships;
    }

    /// <summary>Ids of the team projects whose status is Open (what Zou's lists show a non-admin).</summary>
    public async Task<List<Guid?>> OpenTeamProjectIdsAsync(CancellationToken cancellationToken)
    {
        var team = (await MembershipsAsync(cancellationToken)).Keys.ToList();
        return await db.Set<Project>().AsNoTracking()
            .Where(p => team.Contains(p.Id))
            .Where(p => db.Set<ProjectStatus>().Any(s => s.Id == p.ProjectStatusId && s.Name == ProjectStatusNames.Open))
            .Select(p => (Guid?)p.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ids of every team project, whatever its status.</summary>
    public async Task<List<Guid?>> TeamProjectIdsAsync(CancellationToken cancellationToken) =>
        [.. (await MembershipsAsync(cancellationToken)).Keys.Select(id => (Guid?)id)];

    public async Task<bool> IsMemberAsync(Guid? projectId, CancellationToken cancellationToken) =>
        actor.IsAdmin || (projectId is { } id && (await MembershipsAsync(cancellationToken)).ContainsKey(id));

    /// <summary>The role that applies in a project: the team role if set (a project role of admin is ignored),
    /// else the global role; null when the actor is neither admin nor in the team.</summary>
    public async Task<string?> EffectiveRoleAsync(Guid? projectId, CancellationToken cancellationToken)
    {
        if (actor.IsAdmin)
        {
            return Roles.Admin;
        }

        if (projectId is not { } id || !(await MembershipsAsync(cancellationToken)).TryGetValue(id, out var role))
        {
            return null;
        }

        return role is null or Roles.Admin ? actor.Role : role;
    }

    public async Task EnsureMemberAsync(Guid? projectId, CancellationToken cancellationToken)
    {
        if (!await IsMemberAsync(projectId, cancellationToken))
        {
            throw new PermissionDeniedException();
        }
    }

    /// <summary>Zou's proj-manager: admin, or in the team with effective role manager.</summary>
    public async Task EnsureManagerAsync(Guid? projectId, CancellationToken cancellationToken)
    {
        if (!ProjectPermissions.IsManagerRole(await EffectiveRoleAsync(projectId, cancellationToken)))
        {
            throw new PermissionDeniedException();
        }
    }

    /// <summary>Zou's proj-supervisor+: admin, or in the team as manager or supervisor.</summary>
    public async Task EnsureSupervisorAsync(Guid? projectId, CancellationToken cancellationToken)
    {
        if (!ProjectPermissions.IsSupervisorRole(await EffectiveRoleAsync(projectId, cancellationToken)))
        {
            throw new PermissionDeniedException();
        }
    }

    public static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new PermissionDeniedException();
        }
    }

    public static void EnsureNotVendor(Actor actor)
    {
        if (actor.IsVendor)
        {
            throw new PermissionDeniedException();
        }
    }
}
