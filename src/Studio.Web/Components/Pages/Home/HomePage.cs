using Studio.Domain.Common;

namespace Studio.Web.Components.Pages.Home;

/// <summary>
/// Where a person lands after signing in, as in Kitsu: an artist or a vendor on their own tasks, everyone else on the
/// productions they work on (a client there too, where Kitsu opens its playlists).
/// </summary>
public static class HomePage
{
    /// <summary>The base-relative address of the home of someone with this studio role.</summary>
    public static string For(string? role) => role is Roles.User or Roles.Vendor ? "my-tasks" : "";
}
