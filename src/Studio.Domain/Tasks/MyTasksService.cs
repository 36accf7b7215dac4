using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>The caller's task lists (Zou's todos): to do, done, and waiting for their feedback.</summary>
public sealed class MyTasksService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>
    /// <c>/data/user/tasks</c> (not done) and <c>/data/user/done-tasks</c>: the caller's tasks in open productions,
    /// each with the names and colours a to-do list shows and its last comment.
    /// </summary>
    public async Task<IReadOnlyList<MyTask>> TasksAsync(Actor actor, bool done, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var open = (await new ProjectAccess(db, actor).OpenTeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
        var me = actor.PersonId;
        var tasks = db.Set<ProductionTask>().AsNoTracking()
            .Where(t => t.ProjectId != null && open.Contains(t.ProjectId.Value) && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me));
        return await RowsAsync(db, tasks, s => s.IsDone == done, done ? 100 : 2000, cancellationToken);
    }

    /// <summary>
    /// <c>/data/persons/&lt;id&gt;/tasks</c> and <c>done-tasks</c>: someone's tasks, in the same rows, in the open
    /// productions the caller shares with them (every open production for an administrator). ZOU: a vendor may only
    /// read its own list and a client reads empty lists; bots have none.
    /// </summary>
    public async Task<IReadOnlyList<MyTask>> PersonTasksAsync(Actor actor, Guid personId, bool done, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var isBot = await db.Set<Person>().Where(p => p.Id == personId).Select(p => (bool?)p.IsBot).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        if (isBot || (actor.IsVendor && personId != actor.PersonId))
        {
            throw new PermissionDeniedException();
        }

        if (actor.IsClient)
        {
            return [];
        }

        var openProjects = db.Set<Project>().Where(p => db.Set<ProjectStatus>().Any(s => s.Id == p.ProjectStatusId && s.Name == ProjectStatusNames.Open)).Select(p => (Guid?)p.Id);
        var visible = actor.IsAdmin ? await openProjects.ToListAsync(cancellationToken) : await new ProjectAccess(db, actor).OpenTeamProjectIdsAsync(cancellationToken);
        var open = visible.OfType<Guid>().ToList();
        var tasks = db.Set<ProductionTask>().AsNoTracking()
            .Where(t => t.ProjectId != null && open.Contains(t.ProjectId.Value) && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == personId));
        return await RowsAsync(db, tasks, s => s.IsDone == done, done ? 100 : 2000, cancellationToken);
    }

    /// <summary>
    /// ZOU <c>/data/user/tasks-to-check</c>: the tasks waiting for feedback in the caller's open productions, for
    /// those who review: admins (every open production), managers, and supervisors (the task types of their
    /// departments). Others get an empty list. Same rows as <see cref="TasksAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<MyTask>> TasksToCheckAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Role is not (Roles.Admin or Roles.Manager or Roles.Supervisor))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var tasks = db.Set<ProductionTask>().AsNoTracking();
        var openProjects = db.Set<Project>().Where(p => db.Set<ProjectStatus>().Any(s => s.Id == p.ProjectStatusId && s.Name == ProjectStatusNames.Open)).Select(p => (Guid?)p.Id);
        tasks = tasks.Where(t => openProjects.Contains(t.ProjectId));
        if (!actor.IsAdmin)
        {
            var team = await new ProjectAccess(db, actor).TeamProjectIdsAsync(cancellationToken);
            tasks = tasks.Where(t => team.Contains(t.ProjectId));
        }

        if (actor.Role == Roles.Supervisor)
        {
            var me = actor.PersonId;
            var departments = db.Set<DepartmentLink>().Where(l => l.PersonId == me).Select(l => (Guid?)l.DepartmentId);
            if (await departments.AnyAsync(cancellationToken))
            {
                tasks = tasks.Where(t => db.Set<TaskType>().Any(tt => tt.Id == t.TaskTypeId && departments.Contains(tt.DepartmentId)));
            }
        }

        return await RowsAsync(db, tasks, s => s.IsFeedbackRequest, 2000, cancellationToken);
    }

    /// <summary>The to-do list rows of <paramref name="tasks"/> whose status matches <paramref name="status"/>.</summary>
    private static async Task<IReadOnlyList<MyTask>> RowsAsync(StudioDbContext db, IQueryable<ProductionTask> tasks, System.Linq.Expressions.Expression<Func<ProductionTaskStatus, bool>> status, int limit, CancellationToken cancellationToken)
    {
        var statuses = db.Set<ProductionTaskStatus>().Where(status);
        var rows = await tasks
            .Join(statuses, t => t.TaskStatusId, s => s.Id, (t, s) => new { Task = t, Status = s })
            .Join(db.Set<TaskType>(), x => x.Task.TaskTypeId, tt => tt.Id, (x, tt) => new { x.Task, x.Status, Type = tt })
            .Join(db.Set<Entity>(), x => x.Task.EntityId, e => e.Id, (x, e) => new { x.Task, x.Status, x.Type, Entity = e })
            .Join(db.Set<Project>(), x => x.Task.ProjectId, p => p.Id, (x, p) => new { x.Task, x.Status, x.Type, x.Entity, Project = p })
            .OrderBy(x => x.Project.Name).ThenBy(x => x.Entity.Name).ThenBy(x => x.Type.Priority)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var typeIds = rows.Select(r => r.Entity.EntityTypeId).Distinct().ToList();
        var typeNames = await db.Set<EntityType>().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var parentIds = rows.Select(r => r.Entity.ParentId).OfType<Guid>().Distinct().ToList();
        var parents = await db.Set<Entity>().AsNoTracking().Where(e => parentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var episodeIds = parents.Values.Select(p => p.ParentId).OfType<Guid>().Distinct().ToList();
        var episodes = await db.Set<Entity>().AsNoTracking().Where(e => episodeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var taskIds = rows.Select(r => r.Task.Id).ToList();
        var lastComments = (await db.Set<Comment>().AsNoTracking().Where(c => taskIds.Contains(c.ObjectId))
                .Select(c => new { c.ObjectId, c.Text, c.CreatedAt, c.PersonId }).ToListAsync(cancellationToken))
            .GroupBy(c => c.ObjectId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.CreatedAt).First());
        var assignees = await CrudRelations.LoadAsync(db, ZouModel.For<ProductionTask>(), taskIds, cancellationToken);
        return [.. rows.Select(row =>
        {
            var typeName = typeNames.GetValueOrDefault(row.Entity.EntityTypeId);
            var kind = EntityKinds.KindOf(typeName ?? "");
            var parent = row.Entity.ParentId is { } p ? parents.GetValueOrDefault(p) : null;
            var shotLike = kind is "Shot" or "Scene";
            var sequenceLike = kind is "Sequence" or "Edit";
            var episodeId = shotLike ? parent?.ParentId : sequenceLike ? row.Entity.ParentId : row.Entity.SourceId;
            var episodeName = shotLike && parent?.ParentId is { } e ? episodes.GetValueOrDefault(e) : sequenceLike ? parent?.Name : null;
            var last = lastComments.TryGetValue(row.Task.Id, out var c) ? new LastComment(c.Text, c.CreatedAt, c.PersonId) : null;
            return new MyTask(row.Task, assignees[row.Task.Id]["assignees"], row.Project, row.Entity, typeName, shotLike ? parent?.Name : null, episodeId, episodeName,
                row.Type, row.Status, last);
        })];
    }
}
