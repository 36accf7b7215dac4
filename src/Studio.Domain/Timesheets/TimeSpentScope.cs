using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Timesheets;

/// <summary>
/// Which time spents a caller may read: only one person's (<see cref="PersonId"/>), only on some productions
/// (<see cref="ProjectIds"/>), only on the task types of some departments (<see cref="DepartmentIds"/>), only of the
/// people of one studio (<see cref="StudioId"/>). A null part does not narrow.
/// </summary>
public sealed record TimeSpentScope(Guid? PersonId, IReadOnlyList<Guid>? ProjectIds, IReadOnlyList<Guid>? DepartmentIds, Guid? StudioId)
{
    /// <summary>
    /// ZOU, the tables of everybody's time: an administrator reads all of it; a manager or a supervisor the time logged
    /// on their own productions, and a supervisor only on their departments' task types (a supervisor without a
    /// department, like the task rules, supervises every department); anybody else only their own time.
    /// </summary>
    public static async Task<TimeSpentScope> ForTablesAsync(StudioDbContext db, Actor actor, Guid? projectId, Guid? departmentId, Guid? studioId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid>? departments = departmentId is { } d ? [d] : null;
        if (actor.IsAdmin)
        {
            return new TimeSpentScope(null, projectId is { } p ? [p] : null, departments, studioId);
        }

        if (actor.Role is not (Roles.Manager or Roles.Supervisor))
        {
            return new TimeSpentScope(actor.PersonId, projectId is { } p ? [p] : null, departments, studioId);
        }

        var projects = await TeamProjectsAsync(db, actor, projectId, cancellationToken);
        if (actor.Role == Roles.Supervisor)
        {
            var mine = await DepartmentsOfAsync(db, actor.PersonId, cancellationToken);
            if (departmentId is { } asked && !mine.Contains(asked))
            {
                throw new WrongParameterException("Supervisor not allowed to access this department");
            }

            departments ??= mine.Count > 0 ? mine : null;
        }

        return new TimeSpentScope(null, projects, departments, studioId);
    }

    /// <summary>
    /// ZOU, one person's time: the person and administrators read all of it; a manager or a supervisor the time logged
    /// on their own productions (a supervisor only on their departments' task types); nobody else any of it.
    /// <paramref name="projectId"/> narrows to one production, which must then be one of theirs.
    /// </summary>
    public static async Task<TimeSpentScope> ForPersonAsync(StudioDbContext db, Actor actor, Guid personId, Guid? projectId, CancellationToken cancellationToken)
    {
        if (actor.IsAdmin || actor.PersonId == personId)
        {
            return new TimeSpentScope(personId, projectId is { } p ? [p] : null, null, null);
        }

        if (actor.Role is not (Roles.Manager or Roles.Supervisor))
        {
            throw new PermissionDeniedException();
        }

        var projects = await TeamProjectsAsync(db, actor, projectId, cancellationToken);
        IReadOnlyList<Guid>? departments = null;
        if (actor.Role == Roles.Supervisor)
        {
            var mine = await DepartmentsOfAsync(db, actor.PersonId, cancellationToken);
            departments = mine.Count > 0 ? mine : null;
        }

        return new TimeSpentScope(personId, projects, departments, null);
    }

    /// <summary>The time spents of <paramref name="query"/> this scope lets through.</summary>
    public IQueryable<TimeSpent> Apply(StudioDbContext db, IQueryable<TimeSpent> query)
    {
        if (PersonId is { } person)
        {
            query = query.Where(t => t.PersonId == person);
        }

        if (ProjectIds is { } projects)
        {
            query = query.Where(t => db.Set<ProductionTask>().Any(k => k.Id == t.TaskId && k.ProjectId != null && projects.Contains(k.ProjectId.Value)));
        }

        if (DepartmentIds is { Count: > 0 } departments)
        {
            query = query.Where(t => db.Set<ProductionTask>().Any(k => k.Id == t.TaskId
                && db.Set<TaskType>().Any(y => y.Id == k.TaskTypeId && y.DepartmentId != null && departments.Contains(y.DepartmentId.Value))));
        }

        if (StudioId is { } studio)
        {
            query = query.Where(t => db.Set<Person>().Any(p => p.Id == t.PersonId && p.StudioId == studio));
        }

        return query;
    }

    /// <summary>The caller's productions (any status), or only <paramref name="projectId"/> when it is one of them.</summary>
    private static async Task<IReadOnlyList<Guid>> TeamProjectsAsync(StudioDbContext db, Actor actor, Guid? projectId, CancellationToken cancellationToken)
    {
        var team = (await new ProjectAccess(db, actor).MembershipsAsync(cancellationToken)).Keys.ToList();
        if (projectId is not { } asked)
        {
            return team;
        }

        return team.Contains(asked) ? [asked] : throw new PermissionDeniedException();
    }

    private static async Task<List<Guid>> DepartmentsOfAsync(StudioDbContext db, Guid personId, CancellationToken cancellationToken) =>
        await db.Set<DepartmentLink>().Where(l => l.PersonId == personId).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
}
