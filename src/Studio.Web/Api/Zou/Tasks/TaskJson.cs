using System.Text.Json.Nodes;
using Studio.Domain.Tasks;
using Studio.Web.Api.Zou.Breakdown;
using Studio.Web.Api.Zou.Persons;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Zou's shapes of a task.</summary>
public static class TaskJson
{
    /// <summary>
    /// A task's columns with its assignees' ids: where Zou's model declares them (before the id), as a serialization
    /// with its relations answers; or after its <c>type</c>, as the routes that add them by hand (task lists, creation).
    /// </summary>
    public static JsonObject Task(ProductionTask task, IReadOnlyList<Guid> assignees, bool assigneesBeforeId)
    {
        var relations = new Dictionary<string, List<Guid>> { ["assignees"] = [.. assignees] };
        return assigneesBeforeId ? ZouSerializer.Serialize(task, relations) : ZouSerializer.SerializeThen(task, relations);
    }

    /// <summary>
    /// <c>GET /data/tasks/&lt;id&gt;/full</c>: the task, then its entity, entity type, whether the caller follows it,
    /// its assignees, production, status, type and assigner. ZOU: a shot or a scene with a parent adds its sequence
    /// (null when gone) and its episode when it has one; a sequence with a parent adds its episode, even null.
    /// </summary>
    public static JsonObject Full(TaskFull full)
    {
        var json = Task(full.Task, full.Assignees, assigneesBeforeId: true);
        json["entity"] = full.Entity is null ? null : EntityJson.Serialize(full.Entity, "Entity");
        json["entity_type"] = Row(full.EntityType);
        json["is_subscribed"] = full.IsSubscribed;
        json["persons"] = new JsonArray([.. full.Persons.Select(p => (JsonNode?)ZouSerializer.Serialize(p))]);
        json["project"] = ZouSerializer.Serialize(full.Project);
        json["task_status"] = Row(full.Status);
        json["task_type"] = Row(full.Type);
        json["assigner"] = full.Assigner is null ? null : PersonJson.Detail(full.Assigner);
        if (full.Entity?.ParentId is not null && full.EntityType?.Name is "Shot" or "Scene" or "Sequence")
        {
            if (full.EntityType.Name == "Sequence")
            {
                json["episode"] = full.Episode is null ? null : EntityJson.Serialize(full.Episode, "Episode");
            }
            else
            {
                json["sequence"] = full.Sequence is null ? null : EntityJson.Serialize(full.Sequence, "Sequence");
                if (full.Episode is not null)
                {
                    json["episode"] = EntityJson.Serialize(full.Episode, "Episode");
                }
            }
        }

        return json;
    }

    /// <summary>The assignment routes: each task as a serialization with its relations (ZOU: <c>assign_task</c>).</summary>
    public static JsonArray Assigned(IEnumerable<TaskWithAssignees> tasks) => [.. tasks.Select(t => (JsonNode?)Assigned(t))];

    public static JsonObject Assigned(TaskWithAssignees task) => Task(task.Task, task.Assignees, assigneesBeforeId: true);

    /// <summary>
    /// An entity's task list: each task (with its assignees when they were read) and the names of its production,
    /// type, status, entity type and entity.
    /// </summary>
    public static JsonArray Detailed(IEnumerable<DetailedTask> tasks) => [.. tasks.Select(t =>
    {
        var json = t.Assignees is null ? ZouSerializer.Serialize(t.Task) : ZouSerializer.SerializeThen(t.Task, new Dictionary<string, List<Guid>> { ["assignees"] = [.. t.Assignees] });
        json["project_name"] = t.ProjectName;
        json["task_type_name"] = t.TaskTypeName;
        json["task_status_name"] = t.TaskStatusName;
        json["entity_type_name"] = t.EntityTypeName;
        json["entity_name"] = t.EntityName;
        return (JsonNode?)json;
    })];

    /// <summary>ZOU: create-tasks answers each new task, without assignees, with its status's and type's names and colours.</summary>
    public static JsonArray Created(CreatedTasks created) => [.. created.Tasks.Select(t =>
    {
        var json = Task(t, [], assigneesBeforeId: false);
        json["task_status_name"] = created.Status.Name;
        json["task_status_short_name"] = created.Status.ShortName;
        json["task_status_color"] = created.Status.Color;
        json["task_type_name"] = created.Type.Name;
        json["task_type_color"] = created.Type.Color;
        json["task_type_priority"] = created.Type.Priority;
        return (JsonNode?)json;
    })];

    /// <summary>ZOU: to-review answers the task's columns (without assignees), then its context and the preview path.</summary>
    public static JsonObject Review(TaskReview review)
    {
        var json = ZouSerializer.Serialize(review.Task);
        json["project"] = ZouSerializer.Serialize(review.Project);
        json["entity"] = EntityJson.Serialize(review.Entity, "Entity");
        json["entity_type"] = ZouSerializer.Serialize(review.EntityType);
        json["person"] = ZouSerializer.Serialize(review.Person);
        json["comment"] = review.Comment;
        json["preview_path"] = new JsonObject { ["folder_path"] = review.PreviewFolderPath, ["file_name"] = review.PreviewFileName };
        return json;
    }

    /// <summary>Rows serialized as Zou does, without their relations.</summary>
    public static JsonArray Rows(IEnumerable<object> rows) => [.. rows.Select(r => (JsonNode?)ZouSerializer.Serialize(r))];

    private static JsonObject? Row(object? row) => row is null ? null : ZouSerializer.Serialize(row);
}
