using Studio.Domain.Common;

namespace Studio.Domain.Access;

/// <summary>The authenticated caller of a domain operation: a person id and the global role from Zou's
/// <c>person.role</c>. Project roles are resolved per project by <see cref="ProjectAccess"/>.</summary>
public sealed record Actor(Guid PersonId, string Role, bool IsBot = false)
{
    public bool IsAdmin => Role == Roles.Admin;

    /// <summary>Zou's "manager (global)": admin or manager, without a project check.</summary>
    public bool IsManager => Role is Roles.Admin or Roles.Manager;

    public bool IsVendor => Role == Roles.Vendor;

    public bool IsClient => Role == Roles.Client;
}
