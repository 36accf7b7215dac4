using Studio.Domain.Access;
using Studio.Domain.Common;

namespace Studio.Domain.Playlists;

/// <summary>Clients see only the playlists shared with them (<c>for_client</c>), in a list as one by one.</summary>
public static class PlaylistVisibility
{
    public static IQueryable<Playlist> ShownTo(this IQueryable<Playlist> query, Actor actor) =>
        actor.IsClient ? query.Where(p => p.ForClient) : query;

    public static void EnsureShownTo(Actor actor, Playlist playlist)
    {
        if (actor.IsClient && !playlist.ForClient)
        {
            throw new PermissionDeniedException();
        }
    }
}
