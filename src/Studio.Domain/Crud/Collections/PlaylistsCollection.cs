using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <summary>
    /// ZOU: <c>episode_id</c> "all" means a playlist for every episode (<c>is_for_all</c>) and "main" the
    /// episode-less part of a TV show, both stored as NULL; an unknown <c>task_type_id</c> becomes NULL; the
    /// <c>shots</c> of a PUT are reduced to <c>{entity_id, preview_file_id}</c>, dropping items without a preview.
    /// </summary>
    public override async Task NormalizeAsync(CrudContext context, Playlist? row, JsonObject data, CancellationToken cancellationToken)
    {
        if (data["episode_id"] is JsonValue episode && episode.GetValueKind() == JsonValueKind.String && episode.GetValue<string>() is "all" or "main")
        {
            data["is_for_all"] = episode.GetValue<string>() == "all";
            data["episode_id"] = null;
        }

        if (data.ContainsKey("task_type_id"))
        {
            var text = data["task_type_id"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
            var known = Guid.TryParse(text, out var id) && await context.Db.Set<TaskType>().AnyAsync(t => t.Id == id, cancellationToken);
            data["task_type_id"] = known ? text : null;
        }

        if (row is not null && data["shots"] is JsonArray shots)
        {
            data["shots"] = new JsonArray([.. shots.OfType<JsonObject>()
                .Where(s => IsId(s["preview_file_id"]))
                .Select(s => (JsonNode)new JsonObject { ["entity_id"] = s["entity_id"]?.DeepClone(), ["preview_file_id"] = s["preview_file_id"]!.DeepClone() })]);
        }
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

    private static bool IsId(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && Guid.TryParse(v.GetValue<string>(), out _);

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
