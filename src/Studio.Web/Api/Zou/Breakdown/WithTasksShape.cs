using Studio.Domain.Breakdown;

namespace Studio.Web.Api.Zou.Breakdown;

/// <summary>The keys of one kind's <c>with-tasks</c> rows and of their tasks, in Zou's order.</summary>
internal sealed record WithTasksShape(string[] EntityKeys, string[] TaskKeys, bool EmptyPreviewAsText)
{
    public static WithTasksShape For(string kind) => Shapes.GetValueOrDefault(kind, Shapes["Edit"]);

    // ZOU: sequences, episodes and scenes come from get_entities_and_tasks, a shorter row than the other kinds'.
    private static readonly WithTasksShape Temporal = new(
        ["id", "name", "status", "episode_id", "description", "frame_in", "frame_out", "fps", "preview_file_id", "canceled", "data", "tasks"],
        ["id", "estimation", "entity_id", "end_date", "due_date", "duration", "is_subscribed", "last_comment_date", "priority", "real_start_date",
            "retake_count", "start_date", "task_status_id", "task_type_id", "assignees"],
        true);

    private static readonly Dictionary<string, WithTasksShape> Shapes = new(StringComparer.Ordinal)
    {
        ["Shot"] = new(
            ["canceled", "data", "description", "entity_type_id", "episode_id", "episode_name", "fps", "frame_in", "frame_out", "id", "name", "nb_frames",
                "parent_id", "preview_file_id", "project_id", "project_name", "sequence_id", "sequence_name", "source_id", "nb_entities_out", "is_casting_standby", "tasks", "type"],
            ["id", "duration", "due_date", "end_date", "done_date", "entity_id", "estimation", "is_subscribed", "last_comment_date", "last_preview_file_id",
                "nb_assets_ready", "priority", "real_start_date", "retake_count", "start_date", "difficulty", "nb_drawings", "task_status_id", "task_type_id", "assignees", "data"],
            false),

        // ZOU: as Zou's with-tasks lists answer: no type, "" for empty ids, "None" for an unset ready_for.
        [EntityKinds.Asset] = new(
            ["id", "name", "preview_file_id", "description", "asset_type_name", "asset_type_id", "canceled", "ready_for", "episode_id", "casting_episode_ids",
                "is_casting_standby", "is_shared", "data", "tasks"],
            ["id", "due_date", "done_date", "duration", "entity_id", "estimation", "end_date", "is_subscribed", "last_comment_date", "last_preview_file_id",
                "priority", "real_start_date", "retake_count", "start_date", "difficulty", "task_status_id", "task_type_id", "assignees"],
            true),
        ["Edit"] = new(
            ["canceled", "data", "description", "entity_type_id", "episode_id", "episode_name", "id", "name", "parent_id", "preview_file_id", "project_id",
                "project_name", "source_id", "nb_entities_out", "tasks", "type"],
            ["id", "duration", "due_date", "entity_id", "end_date", "estimation", "last_comment_date", "last_preview_file_id", "nb_assets_ready", "priority",
                "real_start_date", "retake_count", "start_date", "task_status_id", "task_type_id", "is_subscribed", "assignees"],
            false),
        ["Concept"] = new(
            ["canceled", "data", "description", "entity_type_id", "fps", "frame_in", "frame_out", "id", "name", "nb_frames", "parent_id", "preview_file_id",
                "project_id", "project_name", "source_id", "nb_entities_out", "is_casting_standby", "tasks", "entity_concept_links", "type", "updated_at", "created_at", "created_by"],
            ["id", "duration", "due_date", "entity_id", "end_date", "estimation", "last_comment_date", "nb_assets_ready", "priority",
                "real_start_date", "retake_count", "start_date", "task_status_id", "task_type_id", "is_subscribed", "assignees"],
            false),
        ["Sequence"] = Temporal,
        ["Episode"] = Temporal,
        ["Scene"] = Temporal,
    };
}
