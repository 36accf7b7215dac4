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

/// <summary>Task actions without a comment: sending a task to review (gazu's <c>task_to_review</c>) and setting priorities.</summary>
public sealed class TaskReviewService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>
    /// ZOU <c>PUT /actions/tasks/&lt;id&gt;/to-review</c>: the task moves to "To review" (unless <c>change_status</c> is
    /// false) and <c>task:to-review</c> is emitted; returns the task with its project, entity, entity type, person,
    /// comment and preview path.
    /// </summary>
    public async Task<TaskReview> ToReviewAsync(Actor actor, Guid taskId, ToReviewRequest request, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var readable = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var task = await db.Set<ProductionTask>().FirstAsync(t => t.Id == readable.Id, cancellationToken);
        var personId = request.PersonId ?? actor.PersonId;
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == personId, cancellationToken)
            ?? throw new RuleViolationException("Cannot find given person.");
        var comment = request.Comment;

        // ZOU: the preview path comes from the production's file tree; without a preview template it is empty.
        var (folderPath, fileName) = ("", "");
        var staged = new List<ApiEvent>();
        if (request.ChangeStatus)
        {
            task.TaskStatusId = (await new TaskStatuses(db).ToReviewAsync(cancellationToken)).Id;
            staged.Add(EventPublisher.Stage(db, "task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId));
        }

        var entity = await db.Set<Entity>().AsNoTracking().FirstAsync(e => e.Id == task.EntityId, cancellationToken);
        var entityType = await db.Set<EntityType>().AsNoTracking().FirstAsync(t => t.Id == entity.EntityTypeId, cancellationToken);
        staged.Add(EventPublisher.Stage(db, "task:to-review", new EventData
        {
            ["task_id"] = task.Id.ToString(),
            ["task_shotgun_id"] = task.ShotgunId,
            ["entity_type_name"] = entityType.Name,
            ["entity_shotgun_id"] = entity.ShotgunId,
            ["person_shotgun_id"] = person.ShotgunId,
            ["comment"] = comment,
            ["preview_path"] = new EventData { ["folder_path"] = folderPath, ["file_name"] = fileName },
        }, task.ProjectId, actor.PersonId));
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);

        var project = await db.Set<Project>().AsNoTracking().FirstAsync(x => x.Id == task.ProjectId, cancellationToken);
        return new TaskReview(task, project, entity, entityType, person, comment, folderPath, fileName);
    }

    /// <summary>
    /// ZOU <c>PUT /actions/tasks/set-priority {task_ids, priority}</c>: the tasks the caller may plan (task-sup-write:
    /// project managers, supervisors of the task type's department) get the priority; the others are skipped.
    /// </summary>
    public async Task<IReadOnlyList<ProductionTask>> SetPriorityAsync(Actor actor, IReadOnlyList<Guid> taskIds, int priority, CancellationToken cancellationToken)
    {
        // A priority ranks tasks from 0 up.
        if (priority < 0)
        {
            throw ValidationException.For("priority", "Input should be greater than or equal to 0");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var projectAccess = new ProjectAccess(db, actor);
        var access = new TaskAccess(db, projectAccess);
        var changed = new List<ProductionTask>();
        var staged = new List<ApiEvent>();
        foreach (var task in await db.Set<ProductionTask>().Where(t => taskIds.Contains(t.Id)).ToListAsync(cancellationToken))
        {
            var role = await projectAccess.EffectiveRoleAsync(task.ProjectId, cancellationToken);
            if (role is Roles.Admin or Roles.Manager || await access.IsSupervisorInDepartmentAsync(task, cancellationToken))
            {
                task.Priority = priority;
                changed.Add(task);
                staged.Add(EventPublisher.Stage(db, "task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId));
            }
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        return changed;
    }
}
