using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;

namespace Studio.Web.Api.Zou.Breakdown;

/// <summary>
/// The <c>…/with-tasks</c> lists in Zou's shape of each kind (<see cref="WithTasksShape"/>), written straight to UTF-8:
/// a production's rows go out without an intermediate JSON tree.
/// </summary>
public static class EntitiesWithTasksJson
{
    public static byte[] Write(IReadOnlyList<EntityWithTasks> rows) => ZouJsonWriter.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }

        writer.WriteEndArray();
    });

    /// <summary>One row as a JSON object (the single-entity routes build on it).</summary>
    public static JsonObject Row(EntityWithTasks row) => JsonNode.Parse(ZouJsonWriter.Write(writer => WriteRow(writer, row)))!.AsObject();

    private static void WriteRow(Utf8JsonWriter writer, EntityWithTasks row)
    {
        var shape = WithTasksShape.For(row.Kind);
        writer.WriteStartObject();
        foreach (var key in shape.EntityKeys)
        {
            if (key == "tasks")
            {
                writer.WritePropertyName("tasks");
                writer.WriteStartArray();
                foreach (var task in row.Tasks)
                {
                    WriteTask(writer, shape, task);
                }

                writer.WriteEndArray();
            }
            else
            {
                WriteEntityKey(writer, key, shape, row);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteEntityKey(Utf8JsonWriter writer, string key, WithTasksShape shape, EntityWithTasks row)
    {
        var e = row.Entity;
        switch (key)
        {
            case "id": writer.WriteString(key, e.Id.ToString()); break;
            case "name": writer.WriteString(key, e.Name); break;
            case "description": writer.WriteText(key, e.Description); break;
            case "canceled": writer.WriteBoolean(key, e.Canceled); break;
            case "data": writer.WriteNode(key, e.Data); break;
            case "status": writer.WriteString(key, e.Status); break;
            case "entity_type_id": writer.WriteString(key, e.EntityTypeId.ToString()); break;
            case "asset_type_id": writer.WriteString(key, e.EntityTypeId.ToString()); break;
            case "asset_type_name": writer.WriteText(key, row.TypeName); break;
            case "episode_id" when row.Kind == EntityKinds.Asset: writer.WriteString(key, e.SourceId?.ToString() ?? ""); break;

            // ZOU: get_entities_and_tasks writes str(parent_id): "None" without a parent, a scene's sequence id.
            case "episode_id" when row.Kind is "Sequence" or "Episode" or "Scene": writer.WriteString(key, e.ParentId?.ToString() ?? "None"); break;
            case "episode_id": writer.WriteId(key, row.Episode?.Id); break;
            case "episode_name": writer.WriteString(key, row.Episode?.Name ?? ""); break;
            case "sequence_id": writer.WriteId(key, row.Parent?.Id); break;
            case "sequence_name": writer.WriteText(key, row.Parent?.Name); break;
            case "fps" or "frame_in" or "frame_out": writer.WriteField(key, e.Data, key); break;
            case "nb_frames": writer.WriteInt(key, e.NbFrames); break;
            case "nb_entities_out": writer.WriteInt(key, e.NbEntitiesOut); break;
            case "is_casting_standby": writer.WriteBoolean(key, e.IsCastingStandby); break;
            case "is_shared": writer.WriteBoolean(key, e.IsShared); break;
            case "parent_id": writer.WriteId(key, e.ParentId); break;
            case "source_id": writer.WriteId(key, e.SourceId); break;
            case "preview_file_id" when shape.EmptyPreviewAsText: writer.WriteString(key, e.PreviewFileId?.ToString() ?? ""); break;
            case "preview_file_id": writer.WriteId(key, e.PreviewFileId); break;
            case "ready_for": writer.WriteString(key, e.ReadyFor?.ToString() ?? "None"); break;
            case "project_id": writer.WriteString(key, e.ProjectId.ToString()); break;
            case "project_name": writer.WriteText(key, row.ProjectName); break;
            case "type": writer.WriteString(key, row.Kind); break;
            case "created_at": writer.WriteTime(key, e.CreatedAt); break;
            case "updated_at": writer.WriteTime(key, e.UpdatedAt); break;
            case "created_by": writer.WriteId(key, e.CreatedBy); break;
            case "casting_episode_ids": WriteIds(writer, key, row.CastingEpisodeIds); break;
            case "entity_concept_links": WriteIds(writer, key, row.ConceptLinkIds); break;
            default:
                throw new InvalidOperationException($"No value for {key}.");
        }
    }

    private static void WriteTask(Utf8JsonWriter writer, WithTasksShape shape, ListedTask listed)
    {
        var task = listed.Task;
        writer.WriteStartObject();
        foreach (var key in shape.TaskKeys)
        {
            switch (key)
            {
                case "id": writer.WriteString(key, task.Id.ToString()); break;
                case "entity_id": writer.WriteId(key, task.EntityId); break;
                case "difficulty": writer.WriteInt(key, task.Difficulty); break;
                case "due_date": writer.WriteTime(key, task.DueDate); break;
                case "done_date": writer.WriteTime(key, task.DoneDate); break;
                case "duration": writer.WriteFloat(key, task.Duration); break;
                case "end_date": writer.WriteTime(key, task.EndDate); break;
                case "estimation": writer.WriteFloat(key, task.Estimation); break;
                case "is_subscribed": writer.WriteBoolean(key, listed.IsSubscribed); break;
                case "last_comment_date": writer.WriteTime(key, task.LastCommentDate); break;
                case "last_preview_file_id" when shape.EmptyPreviewAsText: writer.WriteString(key, task.LastPreviewFileId?.ToString() ?? ""); break;
                case "last_preview_file_id": writer.WriteId(key, task.LastPreviewFileId); break;
                case "nb_assets_ready": writer.WriteInt(key, task.NbAssetsReady); break;
                case "nb_drawings": writer.WriteInt(key, task.NbDrawings); break;
                case "priority": writer.WriteInt(key, task.Priority ?? 0); break;
                case "real_start_date": writer.WriteTime(key, task.RealStartDate); break;
                case "retake_count": writer.WriteInt(key, task.RetakeCount); break;
                case "start_date": writer.WriteTime(key, task.StartDate); break;
                case "task_status_id": writer.WriteId(key, task.TaskStatusId); break;
                case "task_type_id": writer.WriteId(key, task.TaskTypeId); break;
                case "data": writer.WriteNode(key, task.Data); break;
                case "assignees": WriteIds(writer, key, listed.Assignees); break;
                default:
                    throw new InvalidOperationException($"No value for {key}.");
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter writer, string key, IReadOnlyList<Guid> ids)
    {
        writer.WritePropertyName(key);
        writer.WriteStartArray();
        foreach (var id in ids)
        {
            writer.WriteStringValue(id.ToString());
        }

        writer.WriteEndArray();
    }
}
