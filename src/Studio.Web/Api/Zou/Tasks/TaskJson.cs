using System.Text.Json.Nodes;
using Studio.Web.Api.Zou.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Tasks;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Zou's shapes of a task.</summary>
public static class TaskJson
{
    /// <summary>A task's columns with its assignees' ids; the single-task routes put the assignees before the id.</summary>
    public static JsonObject Task(ProductionTask task, IReadOnlyList<Guid> assignees, bool assigneesBeforeId)
    {
        var json = ZouSerializer.Serialize(task, new Dictionary<string, List<Guid>> { ["assignees"] = [.. assignees] });
        if (!assigneesBeforeId)
        {
            return json;
        }

        var ordered = new JsonObject();
        foreach (var (key, value) in json.Where(p => p.Key != "assignees"))
        {
            if (key == "id")
            {
                ordered["assignees"] = json["assignees"]!.DeepClone();
            }

            ordered[key] = value?.DeepClone();
        }

        return ordered;
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
        json["assigner"] = Row(full.Assigner);
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

    private static JsonObject? Row(object? row) => row is null ? null : ZouSerializer.Serialize(row);
}
