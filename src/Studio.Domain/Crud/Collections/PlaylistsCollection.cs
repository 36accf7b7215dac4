using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Playlists;
using Studio.Domain.Settings;

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

    public override IReadOnlyList<ProjectReference<Playlist>> SameProjectReferences { get; } =
        [new("episode_id", p => p.EpisodeId, ProjectOfId.EntityAsync)];

    public override async Task<IQueryable<Playlist>> ScopeAsync(CrudContext context, IQueryable<Playlist> query, CancellationToken cancellationToken)
    {
        query = await base.ScopeAsync(context, query, cancellationToken);
        return query.ShownTo(context.Actor);
    }

    /// <summary>
    /// A playlist is read by whoever finds it in the list: a client not the studio's internal ones. ZOU answers a
    /// client's read of an internal playlist with 200 although its list hides it; Studio refuses it (403).
    /// </summary>
    public override async Task CheckReadAsync(CrudContext context, Playlist row, CancellationToken cancellationToken)
    {
        await base.CheckReadAsync(context, row, cancellationToken);
        PlaylistVisibility.EnsureShownTo(context.Actor, row);
    }

    /// <summary>ZOU: a <c>task_type_id</c> naming no task type is taken as none.</summary>
    public override async Task NormalizeAsync(CrudContext context, Playlist? row, CrudChanges<Playlist> changes, CancellationToken cancellationToken)
    {
        if (changes.TryGetValue("task_type_id", out Guid id) && !await context.Db.Set<TaskType>().AnyAsync(t => t.Id == id, cancellationToken))
        {
            changes.Set("task_type_id", null);
        }
    }

    public override Task CheckUpdateAsync(CrudContext context, Playlist row, CrudChanges<Playlist> changes, CancellationToken cancellationToken) => EnsureWriteAsync(context, row, cancellationToken);

    public override Task CheckDeleteAsync(CrudContext context, Playlist row, CancellationToken cancellationToken) => EnsureWriteAsync(context, row, cancellationToken);

    public override Task BeforeCreateAsync(CrudContext context, Playlist row, CrudChanges<Playlist> changes, CancellationToken cancellationToken)
    {
        row.CreatedBy = context.Actor.PersonId;
        return BeforeUpdateAsync(context, row, changes, cancellationToken);
    }

    public override Task BeforeUpdateAsync(CrudContext context, Playlist row, CrudChanges<Playlist> changes, CancellationToken cancellationToken)
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
