using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Playlists;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/playlists</c>: no vendors; clients see only playlists shared with clients; supervisors create, and
/// a supervisor edits only the playlists they created (managers edit all).
/// </summary>
public sealed class PlaylistsCollection : RuleCollection<Playlist>
{
    private static readonly HashSet<string> ForEntities = new(StringComparer.Ordinal) { "shot", "asset", "sequence", "edit", "episode" };

    public PlaylistsCollection()
        : base("playlists")
    {
        List = Who.NoVendor;
        Read = Who.ProjectMemberNoVendor;
        Create = Who.ProjectSupervisor;
        Projects = ProjectRowsOf.ByColumn<Playlist>(p => p.ProjectId);
    }

    public override async Task<IQueryable<Playlist>> ScopeAsync(CrudContext context, IQueryable<Playlist> query, CancellationToken cancellationToken)
    {
        query = await base.ScopeAsync(context, query, cancellationToken);
        return context.Actor.IsClient ? query.Where(p => p.ForClient) : query;
    }

    public override Task CheckUpdateAsync(CrudContext context, Playlist row, JsonObject data, CancellationToken cancellationToken) => EnsureWriteAsync(context, row, cancellationToken);

    public override Task CheckDeleteAsync(CrudContext context, Playlist row, CancellationToken cancellationToken) => EnsureWriteAsync(context, row, cancellationToken);

    public override Task BeforeCreateAsync(CrudContext context, Playlist row, JsonObject data, CancellationToken cancellationToken)
    {
        row.CreatedBy = context.Actor.PersonId;
        return BeforeUpdateAsync(context, row, data, cancellationToken);
    }

    public override Task BeforeUpdateAsync(CrudContext context, Playlist row, JsonObject data, CancellationToken cancellationToken)
    {
        if (row.ForEntity is not null && !ForEntities.Contains(row.ForEntity))
        {
            throw new WrongParameterException("Invalid for_entity value.");
        }

        return Task.CompletedTask;
    }

    private static async Task EnsureWriteAsync(CrudContext context, Playlist row, CancellationToken cancellationToken)
    {
        var role = await context.Access.EffectiveRoleAsync(row.ProjectId, cancellationToken);
        var allowed = role is Roles.Admin or Roles.Manager || (role == Roles.Supervisor && (row.CreatedBy is null || row.CreatedBy == context.Actor.PersonId));
        if (!allowed)
        {
            throw new PermissionDeniedException();
        }
    }
}
