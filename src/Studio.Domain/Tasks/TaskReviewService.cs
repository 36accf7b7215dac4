using System.Text.Json.Nodes;
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
    private static readonly BodySchema ToReviewSchema = new BodySchema()
        .Field("person_id", BodyField.Text).Field("comment", BodyField.Text).Field("name", BodyField.Text)
        .Field("revision", BodyField.WholeNumber).Field("change_status", BodyField.Boolean);

    private static readonly BodySchema PrioritySchema = new BodySchema().Field("task_ids", BodyField.IdList, required: true).Field("priority", BodyField.WholeNumber, required: true);

    /// <summary>
    /// ZOU <c>PUT /actions/tasks/&lt;id&gt;/to-review</c>: the task moves to "To review" (unless <c>change_status</c> is
    /// false) and <c>task:to-review</c> is emitted; returns the task with its project, entity, entity type, person,
    /// comment and preview path.
    /// </summary>
    public async Task<JsonObject> ToReviewAsync(Actor actor, Guid taskId, JsonObject body, CancellationToken cancellationToken)
    {
        ToReviewSchema.Validate(body);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var readable = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var task = await db.Set<ProductionTask>().FirstAsync(t => t.Id == readable.Id, cancellationToken);
        var personId = body["person_id"] is JsonValue p ? Guid.TryParse(p.GetValue<string>(), out var id) ? id : Guid.Empty : actor.PersonId;
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == personId, cancellationToken)
            ?? throw new RuleViolationException("Cannot find given person.");
        var comment = body["comment"]?.GetValue<string>();

        // ZOU: the preview path comes from the production's file tree; without a preview template it is empty.
        var previewPath = new JsonObject { ["folder_path"] = "", ["file_name"] = "" };
        var staged = new List<ApiEvent>();
        if (body["change_status"]?.GetValue<bool>() ?? true)
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
            ["preview_path"] = new EventData { ["folder_path"] = "", ["file_name"] = "" },
        }, task.ProjectId, actor.PersonId));
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);

        var json = ZouSerializer.Serialize(task);
        json["project"] = ZouSerializer.Serialize(await db.Set<Project>().AsNoTracking().FirstAsync(x => x.Id == task.ProjectId, cancellationToken));
        json["entity"] = EntityJson.Serialize(entity, "Entity");
        json["entity_type"] = ZouSerializer.Serialize(entityType);
        json["person"] = ZouSerializer.Serialize(person);
        json["comment"] = comment;
        json["preview_path"] = previewPath;
        return json;
    }

    /// <summary>
    /// ZOU <c>PUT /actions/tasks/set-priority {task_ids, priority}</c>: the tasks the caller may plan (task-sup-write:
    /// project managers, supervisors of the task type's department) get the priority; the others are skipped.
    /// </summary>
    public async Task<JsonArray> SetPriorityAsync(Actor actor, JsonObject body, CancellationToken cancellationToken)
    {
        PrioritySchema.Validate(body);
        var priority = body["priority"]!.GetValue<int>();
        if (priority < 0)
        {
            throw ValidationException.For("priority", "Input should be greater than or equal to 0");
        }

        var ids = BodySchema.Ids(body, "task_ids");
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var projectAccess = new ProjectAccess(db, actor);
        var access = new TaskAccess(db, projectAccess);
        var changed = new List<ProductionTask>();
        var staged = new List<ApiEvent>();
        foreach (var task in await db.Set<ProductionTask>().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken))
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
        return [.. changed.Select(t => (JsonNode?)ZouSerializer.Serialize(t))];
    }
}
