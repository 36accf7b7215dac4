using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Planning;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/production-schedule-versions</c>: never vendors nor clients; a list filtered on <c>project_id</c> is open
/// to that project's team, an unfiltered one to the admin; project managers create and update.
/// </summary>
public sealed class ProductionScheduleVersionsCollection : RuleCollection<ProductionScheduleVersion>
{
    public ProductionScheduleVersionsCollection()
        : base("production-schedule-versions")
    {
        Read = Who.ProjectMemberNoVendor;
        Create = Who.ProjectManager;
        Update = Who.ProjectManager;
        Projects = ProjectRowsOf.ByColumn<ProductionScheduleVersion>(v => v.ProjectId);
    }

    public override IReadOnlyList<ProjectReference<ProductionScheduleVersion>> SameProjectReferences { get; } =
        [new("production_schedule_from", v => v.ProductionScheduleFrom, ProjectOfId.ScheduleVersionAsync)];

    public override async Task<IQueryable<ProductionScheduleVersion>> ScopeAsync(CrudContext context, IQueryable<ProductionScheduleVersion> query, CancellationToken cancellationToken)
    {
        await EnsureListAsync(context, cancellationToken);
        return query;
    }

    public override async Task CheckReadAsync(CrudContext context, ProductionScheduleVersion row, CancellationToken cancellationToken)
    {
        EnsureNotClient(context.Actor);
        await base.CheckReadAsync(context, row, cancellationToken);
    }

    /// <summary>ZOU: vendors and clients never list schedules; with <c>project_id</c> the project's team may, else only the admin.</summary>
    internal static async Task EnsureListAsync(CrudContext context, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureNotVendor(context.Actor);
        EnsureNotClient(context.Actor);
        if (!context.Query.TryGetValue("project_id", out var text))
        {
            ProjectAccess.EnsureAdmin(context.Actor);
            return;
        }

        var projectId = Guid.TryParse(text, out var id) ? id : throw new WrongParameterException($"Invalid UUID value: {text}");
        await context.Access.EnsureMemberAsync(projectId, cancellationToken);
    }

    internal static void EnsureNotClient(Actor actor)
    {
        if (actor.IsClient)
        {
            throw new PermissionDeniedException();
        }
    }
}
