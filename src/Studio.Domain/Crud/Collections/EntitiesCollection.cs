using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Tasks;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/entities</c>: assets, shots, sequences… in one table. Rows are shown with their kind
/// (<see cref="EntityKind"/>), a PUT merges <c>data</c> into the stored data, and a vendor only sees entities they have
/// a task on.
/// </summary>
public sealed class EntitiesCollection : RuleCollection<Entity>
{
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal)
    {
        "id", "created_at", "updated_at", "project_id", "instance_casting", "entities_in", "entities_out", "type", "shotgun_id", "created_by",
    };

    public EntitiesCollection()
        : base("entities")
    {
        List = Who.Anyone;
        Read = Who.ProjectMember;
        Create = Who.ProjectManager;
        Update = Who.ProjectManager;
        Delete = Who.ProjectManager;
        Projects = ProjectRowsOf.ByColumn<Entity>(e => e.ProjectId);
    }

    public override IReadOnlySet<string> ProtectedOnUpdate => Protected;

    public override IReadOnlyList<ProjectReference<Entity>> SameProjectReferences { get; } =
    [
        new("parent_id", e => e.ParentId, ProjectOfId.EntityAsync),
        new("source_id", e => e.SourceId, ProjectOfId.EntityAsync),
        new("preview_file_id", e => e.PreviewFileId, ProjectOfId.PreviewFileAsync),
    ];

    public override async Task<IQueryable<Entity>> ScopeAsync(CrudContext context, IQueryable<Entity> query, CancellationToken cancellationToken)
    {
        query = await base.ScopeAsync(context, query, cancellationToken);
        var me = context.Actor.PersonId;
        var db = context.Db;
        return context.Actor.IsVendor
            ? query.Where(e => db.Set<ProductionTask>().Any(t => t.EntityId == e.Id && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me)))
            : query;
    }

    public override async Task CheckReadAsync(CrudContext context, Entity row, CancellationToken cancellationToken)
    {
        await base.CheckReadAsync(context, row, cancellationToken);
        await VendorAssigned.EnsureAsync(context, row.Id, cancellationToken);
    }

    public override async Task CheckUpdateAsync(CrudContext context, Entity row, CrudChanges<Entity> changes, CancellationToken cancellationToken)
    {
        // ZOU: the entity PUT wraps everything, so a refusal comes back as a 400 carrying the 403 text.
        try
        {
            if (row.CreatedBy != context.Actor.PersonId)
            {
                await EnsureAsync(context, row, Who.ProjectManager, cancellationToken);
            }
        }
        catch (PermissionDeniedException)
        {
            var supervisorEditingData = changes.Keys.All(key => key == "data")
                && await context.Access.EffectiveRoleAsync(row.ProjectId, cancellationToken) == Roles.Supervisor
                && await EntityMetadataAccess.SupervisorMayEditAsync(context, row, changes, cancellationToken);
            if (!supervisorEditingData)
            {
                throw new WrongParameterException("403 Forbidden: You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.");
            }
        }

        changes.MergeData(row.Data);
    }

    public override Task CheckDeleteAsync(CrudContext context, Entity row, CancellationToken cancellationToken) =>
        row.CreatedBy == context.Actor.PersonId ? Task.CompletedTask : EnsureAsync(context, row, Who.ProjectManager, cancellationToken);

    public override Task BeforeCreateAsync(CrudContext context, Entity row, CrudChanges<Entity> changes, CancellationToken cancellationToken)
    {
        row.CreatedBy = context.Actor.PersonId;
        EnsureStatus(row, changes);
        return EntityNames.EnsureUniqueAsync(context.Db, row, cancellationToken);
    }

    public override async Task BeforeUpdateAsync(CrudContext context, Entity row, CrudChanges<Entity> changes, CancellationToken cancellationToken)
    {
        EnsureStatus(row, changes);
        if (changes.Contains("name") || changes.Contains("parent_id") || changes.Contains("entity_type_id"))
        {
            await EntityNames.EnsureUniqueAsync(context.Db, row, cancellationToken);
        }

        await EntityVersions.RecordIfNeededAsync(context.Db, row, context.Actor.PersonId, context.UtcNow, cancellationToken);
    }

    public override async Task<string> EventNameAsync(CrudContext context, Entity row, string action, CancellationToken cancellationToken) =>
        $"{await KindAsync(context, row, cancellationToken)}:{action}";

    /// <summary>ZOU: entity events are named after the kind, and so is their key (<c>asset:new {"asset_id": …}</c>).</summary>
    public override async Task<EventData> EventPayloadAsync(CrudContext context, Entity row, CancellationToken cancellationToken) =>
        new() { [$"{await KindAsync(context, row, cancellationToken)}_id"] = row.Id.ToString() };

    public override async Task<IReadOnlyList<CrudRow<Entity>>> DescribeAsync(CrudContext context, IReadOnlyList<CrudRow<Entity>> rows, CrudView view, CancellationToken cancellationToken)
    {
        var kinds = await EntityKinds.KindsAsync(context.Db, rows.Select(r => r.Row.EntityTypeId), cancellationToken);
        return [.. rows.Select(r => r with { Extras = new EntityKind(kinds.GetValueOrDefault(r.Row.EntityTypeId, EntityKinds.Asset)) })];
    }

    private static void EnsureStatus(Entity row, CrudChanges<Entity> changes)
    {
        if (changes.Contains("status") && !ZouChoices.EntityStatuses.Contains(row.Status))
        {
            throw new WrongParameterException("Invalid status");
        }
    }

    private static async Task<string> KindAsync(CrudContext context, Entity row, CancellationToken cancellationToken)
    {
        var kinds = await EntityKinds.KindsAsync(context.Db, [row.EntityTypeId], cancellationToken);
        return kinds.GetValueOrDefault(row.EntityTypeId, EntityKinds.Asset).ToLowerInvariant();
    }
}
