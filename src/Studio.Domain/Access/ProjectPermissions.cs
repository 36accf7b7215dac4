using Studio.Domain.Common;
using Studio.Domain.Settings;

namespace Studio.Domain.Access;

/// <summary>
/// What a role may do in a production (Zou's role predicates). <see cref="ProjectAccess"/> and
/// <see cref="TaskAccess"/> enforce these predicates; the UI asks them only to show or hide controls, so a rule
/// is written once.
/// </summary>
/// <param name="Role">The effective role in the production (null: neither admin nor in the team).</param>
public sealed record ProjectPermissions(string? Role)
{
    public bool IsMember => Role is not null;

    /// <summary>Zou's proj-manager: creates entities and tasks, changes settings and the team.</summary>
    public bool CanManage => IsManagerRole(Role);

    /// <summary>Zou's proj-supervisor+: assigns in bulk and changes statuses of tasks it does not own.</summary>
    public bool CanSupervise => IsSupervisorRole(Role);

    public bool IsClient => Role == Roles.Client;

    /// <summary>
    /// Clients review work, they never publish it: no preview from a client, whatever the task. Other members publish
    /// on the tasks they may act on.
    /// ZOU: Zou lets a client in the team upload previews (clients pass its task-act rule); Studio does not.
    /// </summary>
    public bool CanPublishPreviews => IsMember && !IsClient;

    public static bool IsManagerRole(string? role) => role is Roles.Admin or Roles.Manager;

    public static bool IsSupervisorRole(string? role) => role is Roles.Admin or Roles.Manager or Roles.Supervisor;

    /// <summary>
    /// status-allowed: an artist (project role user) moves a task only into artist-allowed statuses, a client only into
    /// client-allowed ones. Keeping the task's current status is not a change: anyone who may comment may comment on a
    /// task in any status (otherwise a client could not comment on a task waiting for approval).
    /// ZOU: Zou checks the status sent even when it is the task's current one.
    /// </summary>
    public static bool IsStatusAllowed(string? role, ProductionTaskStatus status, Guid? currentStatusId) =>
        status.Id == currentStatusId || IsStatusAllowed(role, status.IsArtistAllowed, status.IsClientAllowed);

    public static bool IsStatusAllowed(string? role, bool artistAllowed, bool clientAllowed) => role switch
    {
        Roles.User => artistAllowed,
        Roles.Client => clientAllowed,
        _ => true,
    };

    /// <summary>Whether the caller may set a status with these flags on a task (the status-allowed rule); the task's current status is always allowed.</summary>
    public bool AllowsStatus(bool artistAllowed, bool clientAllowed, bool isCurrent = false) => isCurrent || IsStatusAllowed(Role, artistAllowed, clientAllowed);
}
