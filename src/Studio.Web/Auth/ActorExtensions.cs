using System.Security.Claims;
using Studio.Domain.Access;
using Studio.Domain.Common;

namespace Studio.Web.Auth;

public static class ActorExtensions
{
    /// <summary>The domain's view of the authenticated caller.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new PermissionDeniedException()),
        user.FindFirstValue(ClaimTypes.Role) ?? Roles.User,
        user.FindFirstValue("identity_type") == "bot");
}
