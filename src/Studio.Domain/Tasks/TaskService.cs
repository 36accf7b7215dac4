using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// The task routes: the full task and assignment. An entity's tasks, bulk creation, subscriptions and
/// review actions have their own services.
/// </summary>
public sealed class TaskService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>A task the caller may read, with its entity, parents, production, status, type and people.</summary>
    public async Task<TaskFull> FullAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await ReadableAsync(db, actor, taskId, cancellationToken);
        var assignees = await TaskAssignments.AssigneesAsync(db, task.Id, cancellationToken);
        var entity = await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == task.EntityId, cancellationToken);
        var entityType = entity is null ? null : await db.Set<EntityType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == entity.EntityTypeId, cancellationToken);
        var subscribed = await db.Set<Subscription>().AnyAsync(s => s.TaskId == task.Id && s.PersonId == actor.PersonId, cancellationToken);
        var persons = await db.Set<Person>().AsNoTracking().Where(p => db.Set<TaskPersonLink>().Any(l => l.TaskId == task.Id && l.PersonId == p.Id)).ToListAsync(cancellationToken);
        var project = await db.Set<Project>().AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        var status = await db.Set<ProductionTaskStatus>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == task.TaskStatusId, cancellationToken);
        var type = await db.Set<TaskType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == task.TaskTypeId, cancellationToken);
        var assigner = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == task.AssignerId, cancellationToken);
        var assignerDepartments = assigner is null ? [] : await db.Set<DepartmentLink>().Where(l => l.PersonId == assigner.Id).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        Entity? sequence = null, episode = null;
        if (entity?.ParentId is { } parentId && entityType?.Name is "Shot" or "Scene" or "Sequence")
        {
            var parent = await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == parentId, cancellationToken);
            if (entityType.Name == "Sequence")
            {
                episode = parent;
            }
            else
            {
                sequence = parent;
                episode = parent?.ParentId is { } e ? await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == e, cancellationToken) : null;
            }
        }

        return new TaskFull(task, assignees, entity, entityType, sequence, episode, project, status, type, persons, assigner is null ? null : new PersonDetail(assigner, assignerDepartments), subscribed);
    }

    /// <summary>The production of a task the actor may read, if it has one (the UI shows a task's page in its production's context).</summary>
    public async Task<Guid?> ProjectOfAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await ReadableAsync(db, actor, taskId, cancellationToken)).ProjectId;
    }

    /// <summary>
    /// <c>PUT /actions/tasks/&lt;id&gt;/assign</c>: adds an assignee (assign-dept rule, not a bot), puts them in
    /// the team, notifies them unless they assign themselves.
    /// </summary>
    public async Task<TaskWithAssignees> AssignAsync(Actor actor, Guid taskId, Guid personId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await db.Set<ProductionTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new UnknownAssigneeException();
        await EnsureMayAssignAsync(db, actor, task, person, cancellationToken);
        var staged = await AssignOneAsync(db, actor, task, person, cancellationToken);
        var announced = Announcements(db, actor);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([.. staged, .. announced]);
        return new TaskWithAssignees(task, await TaskAssignments.AssigneesAsync(db, task.Id, cancellationToken));
    }

    /// <summary><c>PUT /actions/persons/&lt;person_id&gt;/assign</c>: the same for several tasks; refused tasks are skipped.</summary>
    public async Task<IReadOnlyList<TaskWithAssignees>> AssignManyAsync(Actor actor, Guid personId, IReadOnlyList<Guid> taskIds, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new UnknownAssigneeException();
        var staged = new List<ApiEvent>();
        var assigned = new List<ProductionTask>();
        foreach (var task in await db.Set<ProductionTask>().Where(t => taskIds.Contains(t.Id)).ToListAsync(cancellationToken))
        {
            try
            {
                await EnsureMayAssignAsync(db, actor, task, person, cancellationToken);
            }
            catch (Exception e) when (e is PermissionDeniedException or WrongParameterException)
            {
                continue;
            }

            staged.AddRange(await AssignOneAsync(db, actor, task, person, cancellationToken));
            assigned.Add(task);
        }

        var announced = Announcements(db, actor);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([.. staged, .. announced]);
        var result = new List<TaskWithAssignees>();
        foreach (var task in assigned)
        {
            result.Add(new TaskWithAssignees(task, await TaskAssignments.AssigneesAsync(db, task.Id, cancellationToken)));
        }

        return result;
    }

    /// <summary>
    /// <c>PUT /actions/tasks/clear-assignation</c>: removes one assignee (or all) from each task the caller may
    /// unassign (unassign-dept); returns the ids of the tasks changed.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ClearAssignationAsync(Actor actor, IReadOnlyList<Guid> taskIds, Guid? personId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var staged = new List<ApiEvent>();
        var changed = new List<Guid>();
        foreach (var task in await db.Set<ProductionTask>().Where(t => taskIds.Contains(t.Id)).ToListAsync(cancellationToken))
        {
            var links = await db.Set<TaskPersonLink>().Where(l => l.TaskId == task.Id && (personId == null || l.PersonId == personId)).ToListAsync(cancellationToken);
            var allowed = new List<TaskPersonLink>();
            foreach (var link in links)
            {
                if (await MayUnassignAsync(db, actor, task, link.PersonId, cancellationToken))
                {
                    allowed.Add(link);
                }
            }

            if (allowed.Count == 0)
            {
                continue;
            }

            db.RemoveRange(allowed);
            staged.AddRange(allowed.Select(l => EventPublisher.Stage(db, "task:unassign", new EventData { ["task_id"] = task.Id.ToString(), ["person_id"] = l.PersonId.ToString() }, task.ProjectId, actor.PersonId)));
            staged.Add(EventPublisher.Stage(db, "task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId));
            changed.Add(task.Id);
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        return changed;
    }

    /// <summary>
    /// task-read: a team member, and for a vendor, an assignee of the task itself, as every task list shows a vendor
    /// only its own tasks (an outside studio does not read the other departments' work on the same asset).
    /// ZOU: Zou lets a vendor read every task of an entity it has one task on.
    /// </summary>
    public static async Task<ProductionTask> ReadableAsync(StudioDbContext db, Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
        await new ProjectAccess(db, actor).EnsureMemberAsync(task.ProjectId, cancellationToken);
        if (actor.IsVendor && !await db.Set<TaskPersonLink>().AnyAsync(l => l.TaskId == task.Id && l.PersonId == actor.PersonId, cancellationToken))
        {
            throw new PermissionDeniedException();
        }

        return task;
    }

    private static async Task<List<ApiEvent>> AssignOneAsync(StudioDbContext db, Actor actor, ProductionTask task, Person person, CancellationToken cancellationToken)
    {
        var staged = new List<ApiEvent>();
        task.AssignerId = actor.PersonId;
        if (!await db.Set<TaskPersonLink>().AnyAsync(l => l.TaskId == task.Id && l.PersonId == person.Id, cancellationToken))
        {
            db.Add(new TaskPersonLink { TaskId = task.Id, PersonId = person.Id });
            foreach (var (name, data) in TaskAssignments.Changed(db, task.Id, actor.PersonId, [], [person.Id]))
            {
                staged.Add(EventPublisher.Stage(db, name, data, task.ProjectId, actor.PersonId));
            }
        }

        if (task.ProjectId is { } projectId && !await db.Set<ProjectPersonLink>().AnyAsync(l => l.ProjectId == projectId && l.PersonId == person.Id, cancellationToken)
            && !db.ChangeTracker.Entries<ProjectPersonLink>().Any(e => e.Entity.ProjectId == projectId && e.Entity.PersonId == person.Id))
        {
            db.Add(new ProjectPersonLink { ProjectId = projectId, PersonId = person.Id });
        }

        staged.Add(EventPublisher.Stage(db, "task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId));
        return staged;
    }

    /// <summary>ZOU: every new notification is announced live as <c>notification:new</c> (not stored).</summary>
    private static List<ApiEvent> Announcements(StudioDbContext db, Actor actor) =>
        [.. db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => new ApiEvent
        {
            Id = Guid.NewGuid(),
            Name = "notification:new",
            Data = new EventData { ["notification_id"] = e.Entity.Id, ["person_id"] = e.Entity.PersonId }.ToStored(),
            ProjectId = db.ChangeTracker.Entries<ProductionTask>().Where(t => t.Entity.Id == e.Entity.TaskId).Select(t => t.Entity.ProjectId).FirstOrDefault(),
            UserId = actor.PersonId,
        })];

    /// <summary>
    /// assign-dept: admin or project manager; a supervisor with no department, or whose department holds the
    /// task type and the assignee; a person assigning themself to a task of their department. Bots only where the
    /// production lets bots collaborate.
    /// </summary>
    private static async Task EnsureMayAssignAsync(StudioDbContext db, Actor actor, ProductionTask task, Person person, CancellationToken cancellationToken)
    {
        if (person.IsBot && !await db.Set<Project>().AnyAsync(p => p.Id == task.ProjectId && p.IsBotCollaborationEnabled, cancellationToken))
        {
            throw new WrongParameterException("A bot cannot be assigned to a task.");
        }

        var access = new ProjectAccess(db, actor);
        var role = await access.EffectiveRoleAsync(task.ProjectId, cancellationToken);
        if (role is Roles.Admin or Roles.Manager)
        {
            return;
        }

        var typeDepartment = await db.Set<TaskType>().Where(t => t.Id == task.TaskTypeId).Select(t => t.DepartmentId).FirstOrDefaultAsync(cancellationToken);
        var mine = await db.Set<DepartmentLink>().Where(l => l.PersonId == actor.PersonId).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        if (role == Roles.Supervisor)
        {
            var theirs = await db.Set<DepartmentLink>().Where(l => l.PersonId == person.Id).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
            if (mine.Count == 0 || (typeDepartment is { } d && mine.Contains(d) && theirs.Contains(d)))
            {
                return;
            }
        }
        else if (role is not null && person.Id == actor.PersonId && typeDepartment is { } d && mine.Contains(d))
        {
            return;
        }

        throw new PermissionDeniedException();
    }

    /// <summary>unassign-dept: admin, project manager, a supervisor with no department or of the task type's, or the assignee themself.</summary>
    private static async Task<bool> MayUnassignAsync(StudioDbContext db, Actor actor, ProductionTask task, Guid assignee, CancellationToken cancellationToken)
    {
        var role = await new ProjectAccess(db, actor).EffectiveRoleAsync(task.ProjectId, cancellationToken);
        if (role is Roles.Admin or Roles.Manager || (role is not null && assignee == actor.PersonId))
        {
            return true;
        }

        return role == Roles.Supervisor && await new TaskAccess(db, new ProjectAccess(db, actor)).IsSupervisorInDepartmentAsync(task, cancellationToken);
    }
}
