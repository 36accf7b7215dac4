using Studio.Domain.Access;
using Studio.Domain.Common;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// A collection whose permissions are Zou's for that collection: one <see cref="Who"/> per operation,
/// and for project-bound rows, how a row finds its project. Non-admin lists of project rows are narrowed to the
/// caller's team projects, and a single row is refused exactly when the list would not show it.
/// </summary>
public class RuleCollection<T>(string name) : CrudCollection<T>(name)
    where T : class, IZouEntity, new()
{
    public Who List { get; init; } = Who.Admin;

    public Who Read { get; init; } = Who.Admin;

    public Who Create { get; init; } = Who.Admin;

    public Who Update { get; init; } = Who.Admin;

    public Who Delete { get; init; } = Who.Admin;

    public ProjectRows<T>? Projects { get; init; }

    public override async Task<IQueryable<T>> ScopeAsync(CrudContext context, IQueryable<T> query, CancellationToken cancellationToken)
    {
        EnsureGlobal(context.Actor, List);
        if (context.Actor.IsAdmin || Projects is null)
        {
            return query;
        }

        var ids = Projects.OpenProjectsOnly
            ? await context.Access.OpenTeamProjectIdsAsync(cancellationToken)
            : await context.Access.TeamProjectIdsAsync(cancellationToken);
        return Projects.InProjects(context.Db, query, ids);
    }

    public override IReadOnlyList<string> ProjectKeys => Projects?.Key is { } key ? [key] : [];

    public override Task<Guid?> ProjectOfRowAsync(CrudContext context, T row, CancellationToken cancellationToken) =>
        Projects is null ? base.ProjectOfRowAsync(context, row, cancellationToken) : Projects.ProjectOf(context.Db, row, cancellationToken);

    public override Task CheckReadAsync(CrudContext context, T row, CancellationToken cancellationToken) => EnsureAsync(context, row, Read, cancellationToken);

    public override Task CheckCreateAsync(CrudContext context, T row, CrudChanges<T> changes, CancellationToken cancellationToken) => EnsureAsync(context, row, Create, cancellationToken);

    public override Task CheckUpdateAsync(CrudContext context, T row, CrudChanges<T> changes, CancellationToken cancellationToken) => EnsureAsync(context, row, Update, cancellationToken);

    public override Task CheckDeleteAsync(CrudContext context, T row, CancellationToken cancellationToken) => EnsureAsync(context, row, Delete, cancellationToken);

    /// <summary>Applies one rule to one row.</summary>
    protected async Task EnsureAsync(CrudContext context, T row, Who who, CancellationToken cancellationToken)
    {
        if (!IsProjectRule(who))
        {
            EnsureGlobal(context.Actor, who);
            return;
        }

        var project = Projects is null ? null : await Projects.ProjectOf(context.Db, row, cancellationToken);
        switch (who)
        {
            case Who.ProjectMember:
                await context.Access.EnsureMemberAsync(project, cancellationToken);
                break;
            case Who.ProjectMemberNoVendor:
                ProjectAccess.EnsureNotVendor(context.Actor);
                await context.Access.EnsureMemberAsync(project, cancellationToken);
                break;
            case Who.ProjectSupervisor:
                await context.Access.EnsureSupervisorAsync(project, cancellationToken);
                break;
            default:
                await context.Access.EnsureManagerAsync(project, cancellationToken);
                break;
        }
    }

    private static bool IsProjectRule(Who who) => who is Who.ProjectMember or Who.ProjectMemberNoVendor or Who.ProjectSupervisor or Who.ProjectManager;

    private static void EnsureGlobal(Actor actor, Who who)
    {
        var allowed = who switch
        {
            Who.Anyone => true,
            Who.NoVendor => !actor.IsVendor,
            Who.Manager => actor.IsManager,
            Who.Admin => actor.IsAdmin,
            // A project rule on a list: any caller may ask; the list is narrowed to their projects.
            _ => !(who == Who.ProjectMemberNoVendor && actor.IsVendor),
        };
        if (!allowed)
        {
            throw new PermissionDeniedException();
        }
    }
}
