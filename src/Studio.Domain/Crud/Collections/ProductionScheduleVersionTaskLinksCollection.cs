using Studio.Domain.Common;
using Studio.Domain.Planning;
using Studio.Domain.Tasks;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/production-schedule-version-task-links</c>: listed like the versions (a <c>project_id</c> filter opens it to
/// the team and keeps the links of that project's tasks); project managers write; a link joins a task and a
/// version of the same project and never changes either.
/// </summary>
public sealed class ProductionScheduleVersionTaskLinksCollection : RuleCollection<ProductionScheduleVersionTaskLink>
{
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal)
    {
        "id", "created_at", "updated_at", "project_id", "task_id", "production_schedule_version_id",
    };

    public ProductionScheduleVersionTaskLinksCollection()
        : base("production-schedule-version-task-links")
    {
        Read = Who.ProjectMemberNoVendor;
        Create = Who.ProjectManager;
        Update = Who.ProjectManager;
        Delete = Who.ProjectManager;
        Projects = ProjectRowsOf.ByTask<ProductionScheduleVersionTaskLink>(l => l.TaskId, l => l.TaskId);
    }

    public override IReadOnlySet<string> ProtectedOnUpdate => Protected;

    public override IReadOnlyList<ProjectReference<ProductionScheduleVersionTaskLink>> SameProjectReferences { get; } =
    [
        new("production_schedule_version_id", l => l.ProductionScheduleVersionId, ProjectOfId.ScheduleVersionAsync,
            "The task and the production schedule version must be in the same project."),
    ];

    public override async Task<IQueryable<ProductionScheduleVersionTaskLink>> ScopeAsync(CrudContext context, IQueryable<ProductionScheduleVersionTaskLink> query, CancellationToken cancellationToken)
    {
        await ProductionScheduleVersionsCollection.EnsureListAsync(context, cancellationToken);
        return query;
    }

    /// <summary>The links have no <c>project_id</c> column: the filter keeps the links of the project's tasks (Zou
    /// ignores it and returns every link, other productions' included).</summary>
    public override bool TryApplySpecialFilter(CrudContext context, ref IQueryable<ProductionScheduleVersionTaskLink> query, string key, string value, IReadOnlyDictionary<string, string> all)
    {
        if (key != "project_id")
        {
            return false;
        }

        var projectId = Guid.TryParse(value, out var id) ? id : throw new WrongParameterException($"Invalid UUID value: {value}");
        var db = context.Db;
        query = query.Where(l => db.Set<ProductionTask>().Any(t => t.Id == l.TaskId && t.ProjectId == projectId));
        return true;
    }

    public override async Task CheckReadAsync(CrudContext context, ProductionScheduleVersionTaskLink row, CancellationToken cancellationToken)
    {
        ProductionScheduleVersionsCollection.EnsureNotClient(context.Actor);
        await base.CheckReadAsync(context, row, cancellationToken);
    }
}
