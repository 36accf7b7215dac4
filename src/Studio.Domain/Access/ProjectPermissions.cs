using Studio.Domain.Common;
using Studio.Domain.Settings;

namespace Studio.Domain.Access;

/// <summary>
/// What a role may do in a production, as the rules of §2.4 decide it. <see cref="ProjectAccess"/> and
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

    public static bool IsManagerRole(string? role) => role is Roles.Admin or Roles.Manager;

    public static bool IsSupervisorRole(string? role) => role is Roles.Admin or Roles.Manager or Roles.Supervisor;

    /// <summary>status-allowed: an artist (project role user) only artist-allowed statuses, a client only client-allowed ones.</summary>
    public static bool IsStatusAllowed(string? role, ProductionTaskStatus status) => IsStatusAllowed(role, status.IsArtistAllowed, status.IsClientAllowed);

    public static bool IsStatusAllowed(string? role, bool artistAllowed, bool clientAllowed) => role switch
    {
        Roles.User => artistAllowed,
        Roles.Client => clientAllowed,
        _ => true,
    };

    /// <summary>Whether the caller may set a status with these flags (the status-allowed rule).</summary>
    public bool AllowsStatus(bool artistAllowed, bool clientAllowed) => IsStatusAllowed(Role, artistAllowed, clientAllowed);
}
