using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Breakdown;

namespace Studio.Web.Api.Zou.Breakdown;

/// <summary>
/// The <c>…/with-tasks</c> lists in Zou's shape of each kind (<see cref="WithTasksShape"/>), written straight to UTF-8:
/// a production's rows go out without an intermediate JSON tree (<see cref="ZouResults.JsonRows{T}"/> streams them).
/// </summary>
public static class EntitiesWithTasksJson
{
    // Each kind's keys become a list of writers once (its property names encoded once): a production's list writes
    // ~40,000 tasks of ~20 keys each.
    private static readonly ConcurrentDictionary<string, RowWriter> Writers = new(StringComparer.Ordinal);

    /// <summary>One row as a JSON object (the single-entity routes build on it).</summary>
    public static JsonObject Row(EntityWithTasks row) => JsonNode.Parse(ZouJsonWriter.Write(writer => WriteRow(writer, row)))!.AsObject();

    /// <summary>Writes one row of a <c>with-tasks</c> list in its kind's shape.</summary>
    public static void WriteRow(Utf8JsonWriter writer, EntityWithTasks row)
    {
        writer.WriteStartObject();
        foreach (var field in Writers.GetOrAdd(row.Kind, RowWriter.For).Entity)
        {
            field.Write(writer, field.Name, row);
        }

        writer.WriteEndObject();
    }

    private delegate void WriteField<in T>(Utf8JsonWriter writer, JsonEncodedText name, T value);

    private readonly record struct Field<T>(JsonEncodedText Name, WriteField<T> Write);

    private sealed record RowWriter(Field<EntityWithTasks>[] Entity)
    {
        public static RowWriter For(string kind)
        {
            var shape = WithTasksShape.For(kind);
            var task = shape.TaskKeys.Select(key => new Field<ListedTask>(JsonEncodedText.Encode(key), TaskValue(key, shape))).ToArray();
            return new RowWriter([.. shape.EntityKeys.Select(key => new Field<EntityWithTasks>(JsonEncodedText.Encode(key), EntityValue(key, kind, shape, task)))]);
        }
    }

    private static WriteField<EntityWithTasks> EntityValue(string key, string kind, WithTasksShape shape, Field<ListedTask>[] taskFields) => key switch
    {
        "tasks" => (w, n, r) => WriteTasks(w, n, r.Tasks, taskFields),
        "id" => (w, n, r) => w.WriteString(n, r.Entity.Id),
        "name" => (w, n, r) => w.WriteString(n, r.Entity.Name),
        "description" => (w, n, r) => w.WriteText(n, r.Entity.Description),
        "canceled" => (w, n, r) => w.WriteBoolean(n, r.Entity.Canceled),
        "data" => (w, n, r) => w.WriteNode(n, r.Entity.Data),
        "status" => (w, n, r) => w.WriteString(n, r.Entity.Status),
        "entity_type_id" or "asset_type_id" => (w, n, r) => w.WriteString(n, r.Entity.EntityTypeId),
        "asset_type_name" => (w, n, r) => w.WriteText(n, r.TypeName),
        "episode_id" when kind == EntityKinds.Asset => (w, n, r) => w.WriteString(n, r.Entity.SourceId?.ToString() ?? ""),

        // ZOU: get_entities_and_tasks writes str(parent_id): "None" without a parent, a scene's sequence id.
        "episode_id" when kind is "Sequence" or "Episode" or "Scene" => (w, n, r) => w.WriteString(n, r.Entity.ParentId?.ToString() ?? "None"),
        "episode_id" => (w, n, r) => w.WriteId(n, r.Episode?.Id),
        "episode_name" => (w, n, r) => w.WriteString(n, r.Episode?.Name ?? ""),
        "sequence_id" => (w, n, r) => w.WriteId(n, r.Parent?.Id),
        "sequence_name" => (w, n, r) => w.WriteText(n, r.Parent?.Name),
        "fps" or "frame_in" or "frame_out" => (w, n, r) => w.WriteField(n, r.Entity.Data, key),
        "nb_frames" => (w, n, r) => w.WriteInt(n, r.Entity.NbFrames),
        "nb_entities_out" => (w, n, r) => w.WriteInt(n, r.Entity.NbEntitiesOut),
        "is_casting_standby" => (w, n, r) => w.WriteBoolean(n, r.Entity.IsCastingStandby),
        "is_shared" => (w, n, r) => w.WriteBoolean(n, r.Entity.IsShared),
        "parent_id" => (w, n, r) => w.WriteId(n, r.Entity.ParentId),
        "source_id" => (w, n, r) => w.WriteId(n, r.Entity.SourceId),
        "preview_file_id" when shape.EmptyPreviewAsText => (w, n, r) => w.WriteString(n, r.Entity.PreviewFileId?.ToString() ?? ""),
        "preview_file_id" => (w, n, r) => w.WriteId(n, r.Entity.PreviewFileId),
        "ready_for" => (w, n, r) => w.WriteString(n, r.Entity.ReadyFor?.ToString() ?? "None"),
        "project_id" => (w, n, r) => w.WriteString(n, r.Entity.ProjectId),
        "project_name" => (w, n, r) => w.WriteText(n, r.ProjectName),
        "type" => (w, n, r) => w.WriteString(n, r.Kind),
        "created_at" => (w, n, r) => w.WriteTime(n, r.Entity.CreatedAt),
        "updated_at" => (w, n, r) => w.WriteTime(n, r.Entity.UpdatedAt),
        "created_by" => (w, n, r) => w.WriteId(n, r.Entity.CreatedBy),
        "casting_episode_ids" => (w, n, r) => WriteIds(w, n, r.CastingEpisodeIds),
        "entity_concept_links" => (w, n, r) => WriteIds(w, n, r.ConceptLinkIds),
        _ => throw new InvalidOperationException($"No value for {key}."),
    };

    private static WriteField<ListedTask> TaskValue(string key, WithTasksShape shape) => key switch
    {
        "id" => (w, n, t) => w.WriteString(n, t.Task.Id),
        "entity_id" => (w, n, t) => w.WriteId(n, t.Task.EntityId),
        "difficulty" => (w, n, t) => w.WriteInt(n, t.Task.Difficulty),
        "due_date" => (w, n, t) => w.WriteTime(n, t.Task.DueDate),
        "done_date" => (w, n, t) => w.WriteTime(n, t.Task.DoneDate),
        "duration" => (w, n, t) => w.WriteFloat(n, t.Task.Duration),
        "end_date" => (w, n, t) => w.WriteTime(n, t.Task.EndDate),
        "estimation" => (w, n, t) => w.WriteFloat(n, t.Task.Estimation),
        "is_subscribed" => (w, n, t) => w.WriteBoolean(n, t.IsSubscribed),
        "last_comment_date" => (w, n, t) => w.WriteTime(n, t.Task.LastCommentDate),
        "last_preview_file_id" when shape.EmptyPreviewAsText => (w, n, t) => w.WriteString(n, t.Task.LastPreviewFileId?.ToString() ?? ""),
        "last_preview_file_id" => (w, n, t) => w.WriteId(n, t.Task.LastPreviewFileId),
        "nb_assets_ready" => (w, n, t) => w.WriteInt(n, t.Task.NbAssetsReady),
        "nb_drawings" => (w, n, t) => w.WriteInt(n, t.Task.NbDrawings),
        "priority" => (w, n, t) => w.WriteInt(n, t.Task.Priority ?? 0),
        "real_start_date" => (w, n, t) => w.WriteTime(n, t.Task.RealStartDate),
        "retake_count" => (w, n, t) => w.WriteInt(n, t.Task.RetakeCount),
        "start_date" => (w, n, t) => w.WriteTime(n, t.Task.StartDate),
        "task_status_id" => (w, n, t) => w.WriteId(n, t.Task.TaskStatusId),
        "task_type_id" => (w, n, t) => w.WriteId(n, t.Task.TaskTypeId),
        "data" => (w, n, t) => w.WriteNode(n, t.Task.Data),
        "assignees" => (w, n, t) => WriteIds(w, n, t.Assignees),
        _ => throw new InvalidOperationException($"No value for {key}."),
    };

    private static void WriteTasks(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<ListedTask> tasks, Field<ListedTask>[] fields)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var task in tasks)
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                field.Write(writer, field.Name, task);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<Guid> ids)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}
