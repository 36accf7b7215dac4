using Studio.Domain.Breakdown;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/asset-instances</c>: whoever may read the asset (a team member; a vendor only with a task on it) reads and
/// updates an instance, but never its <c>number</c>; the admin lists, creates and deletes.
/// </summary>
public sealed class AssetInstancesCollection : RuleCollection<AssetInstance>
{
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal) { "id", "created_at", "updated_at", "project_id", "number" };

    public AssetInstancesCollection()
        : base("asset-instances")
    {
        Read = Who.ProjectMember;
        Update = Who.ProjectMember;
        Projects = ProjectRowsOf.ByEntity<AssetInstance>(a => a.AssetId, a => a.AssetId);
    }

    public override IReadOnlySet<string> ProtectedOnUpdate => Protected;

    public override IReadOnlyList<ProjectReference<AssetInstance>> SameProjectReferences { get; } =
    [
        new("scene_id", a => a.SceneId, ProjectOfId.EntityAsync),
        new("target_asset_id", a => a.TargetAssetId, ProjectOfId.EntityAsync),
        new("entity_id", a => a.EntityId, ProjectOfId.EntityAsync),
    ];

    public override async Task CheckReadAsync(CrudContext context, AssetInstance row, CancellationToken cancellationToken)
    {
        await base.CheckReadAsync(context, row, cancellationToken);
        await VendorAssigned.EnsureAsync(context, row.AssetId, cancellationToken);
    }

    public override async Task CheckUpdateAsync(CrudContext context, AssetInstance row, CrudChanges<AssetInstance> changes, CancellationToken cancellationToken)
    {
        await base.CheckUpdateAsync(context, row, changes, cancellationToken);
        await VendorAssigned.EnsureAsync(context, row.AssetId, cancellationToken);
    }
}
