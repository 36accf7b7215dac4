using System.Text.Json.Nodes;
using Studio.Domain.Tasks;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Zou's shape of the caller's to-do lists (<c>/data/user/tasks</c>, <c>done-tasks</c>, <c>tasks-to-check</c>).</summary>
public static class MyTaskJson
{
    /// <summary>
    /// Each task with its assignees, then its production, entity (and the sequence and episode above it), type and
    /// status, and its last comment (an empty object when it has none).
    /// </summary>
    public static JsonArray Rows(IEnumerable<MyTask> tasks) => [.. tasks.Select(t => (JsonNode?)Row(t))];

    private static JsonObject Row(MyTask t)
    {
        var o = TaskJson.Task(t.Task, t.Assignees, assigneesBeforeId: false);
        o["project_name"] = t.Project.Name;
        o["project_has_avatar"] = t.Project.HasAvatar;
        o["entity_id"] = t.Entity.Id.ToString();
        o["entity_name"] = t.Entity.Name;
        o["entity_description"] = t.Entity.Description;
        o["entity_data"] = t.Entity.Data?.DeepClone();
        o["entity_preview_file_id"] = t.Entity.PreviewFileId?.ToString();
        o["entity_source_id"] = t.Entity.SourceId?.ToString();
        o["entity_type_name"] = t.EntityTypeName;
        o["entity_canceled"] = t.Entity.Canceled;
        o["sequence_name"] = t.SequenceName;
        o["episode_id"] = t.EpisodeId?.ToString();
        o["episode_name"] = t.EpisodeName;

        // ZOU: get_person_tasks repeats the task's planning fields under these names.
        o["task_estimation"] = ZouSerializer.ToJson(t.Task.Estimation);
        o["task_duration"] = ZouSerializer.ToJson(t.Task.Duration);
        o["task_start_date"] = ZouSerializer.ToJson(t.Task.StartDate);
        o["task_due_date"] = ZouSerializer.ToJson(t.Task.DueDate);
        o["task_type_name"] = t.Type.Name;
        o["task_type_color"] = t.Type.Color;
        o["task_type_priority"] = t.Type.Priority;
        o["task_type_for_entity"] = t.Type.ForEntity;
        o["task_status_name"] = t.Status.Name;
        o["task_status_short_name"] = t.Status.ShortName;
        o["task_status_color"] = t.Status.Color;
        o["task_status_is_done"] = t.Status.IsDone;
        o["last_comment"] = t.LastComment is { } c
            ? new JsonObject { ["text"] = c.Text, ["date"] = ZouSerializer.FormatDateTime(c.Date), ["person_id"] = c.PersonId.ToString() }
            : new JsonObject();
        return o;
    }
}
