using Studio.Tests.Unit.Builders;

namespace Studio.Tests.Unit.Infrastructure;

/// <summary>
/// A small production made through the API (project, asset, task, comment, chat, budget…) and, for each
/// collection of <c>/data</c>, a valid creation body and an update, so one test can walk every collection.
/// </summary>
public sealed class CrudWorld(StudioWorld world)
{
    public string this[string key] => world[key];

    /// <summary>The rows the samples refer to, made by the administrator through <c>/data</c>.</summary>
    public static StudioWorldBuilder Declare(StudioWorldBuilder world) => world
        .Project("project")
        .AssetType("asset_type", "Character")
        .TaskType("task_type", "Modeling", forEntity: "Asset")
        .Seeded("task_status", "task-status", "Todo")
        .Seeded("department", "departments", "Modeling")
        .Seeded("file_status", "file-status", "To review")
        .Row("entity", "entities", new { name = "Hero", project_id = "{project}", entity_type_id = "{asset_type}" })
        .Row("entity2", "entities", new { name = "Sword", project_id = "{project}", entity_type_id = "{asset_type}" })
        .Row("task", "tasks", new { project_id = "{project}", entity_id = "{entity}", task_type_id = "{task_type}" })
        .Row("comment", "comments", new { object_id = "{task}", object_type = "Task", person_id = "{admin}", text = "hello" })
        .Row("chat", "chats", new { object_id = "{entity}" })
        .Row("budget", "budgets", new { project_id = "{project}", name = "Budget" })
        .Row("schedule_version", "production-schedule-versions", new { name = "v1", project_id = "{project}" });

    public static IEnumerable<string> CollectionsWithSamples => Samples.Keys;

    /// <summary>A creation body and an update body for a collection, using this world's ids.</summary>
    public (object Create, object Update) SampleFor(string collection) => Samples[collection](this);

    private static readonly Dictionary<string, Func<CrudWorld, (object, object)>> Samples = new()
    {
        ["persons"] = w => (new { first_name = "Jane", last_name = "Doe", email = $"jane-{Guid.NewGuid():N}@example.com" }, new { first_name = "Janet" }),
        ["projects"] = w => (new { name = "P " + Unique() }, new { code = "PRJ" }),
        ["project-status"] = w => (new { name = "S" + Unique()[..8], color = "#000000" }, new { color = "#FFFFFF" }),
        ["project-templates"] = w => (new { name = "Template " + Unique() }, new { description = "updated" }),
        ["entity-types"] = w => (new { name = "Type " + Unique()[..8] }, new { short_name = "TY" }),
        ["entities"] = w => (new { name = "Asset " + Unique(), project_id = w["project"], entity_type_id = w["asset_type"] }, new { description = "updated" }),
        ["task-types"] = w => (new { name = "Type " + Unique(), for_entity = "Shot" }, new { color = "#123456" }),
        ["task-status"] = w => (new { name = "Status " + Unique(), short_name = Unique()[..8], color = "#000000" }, new { color = "#FFFFFF" }),
        ["tasks"] = w => (new { name = "task " + Unique(), project_id = w["project"], entity_id = w["entity"], task_type_id = w["task_type"] }, new { priority = 2 }),
        ["departments"] = w => (new { name = "Dept " + Unique(), color = "#000000" }, new { color = "#FFFFFF" }),
        ["organisations"] = w => (new { name = "Org " + Unique() }, new { hours_by_day = 7.5 }),
        ["file-status"] = w => (new { name = "FS " + Unique(), color = "#000000" }, new { color = "#FFFFFF" }),
        ["softwares"] = w => (new { name = "Soft " + Unique()[..8], short_name = "sf", file_extension = "blend" }, new { version = "4.2" }),
        ["hardware-items"] = w => (new { name = "HW " + Unique()[..8], short_name = "hw" }, new { monthly_cost = 10 }),
        ["output-files"] = w => (new { name = "out " + Unique(), revision = 1, file_status_id = w["file_status"], entity_id = w["entity"] }, new { comment = "updated" }),
        ["output-types"] = w => (new { name = "OT " + Unique()[..8], short_name = "ot" }, new { short_name = "o2" }),
        ["preview-files"] = w => (new { name = Unique()[..13], task_id = w["task"], revision = 1 }, new { description = "updated" }),
        ["working-files"] = w => (new { name = "work " + Unique(), task_id = w["task"], revision = 1 }, new { comment = "updated" }),
        ["attachment-files"] = w => (new { name = "notes.txt", comment_id = w["comment"] }, new { name = "notes2.txt" }),
        ["comments"] = w => (new { object_id = w["task"], object_type = "Task", person_id = w["admin"], text = "nice" }, new { text = "nicer" }),
        ["time-spents"] = w => (new { duration = 60, date = $"2026-01-{Random.Shared.Next(1, 28):00}", task_id = w["task"], person_id = w["admin"] }, new { duration = 90 }),
        ["day-offs"] = w => (new { date = "2027-03-01", end_date = "2027-03-02", person_id = w["admin"] }, new { description = "holiday" }),
        ["custom-actions"] = w => (new { name = "Action " + Unique(), url = "https://example.com/hook" }, new { is_ajax = true }),
        ["status-automations"] = w => (new { entity_type = "asset", in_task_type_id = w["task_type"], in_task_status_id = w["task_status"], out_field_type = "status", out_task_type_id = w["task_type"], out_task_status_id = w["task_status"] }, new { archived = true }),
        ["asset-instances"] = w => (new { asset_id = w["entity"], name = "hero_0001" }, new { description = "updated" }),
        ["playlists"] = w => (new { name = "Dailies " + Unique(), project_id = w["project"] }, new { for_client = true }),
        ["events"] = w => (new { name = "test:event" }, new { name = "test:renamed" }),
        ["notifications"] = w => (new { person_id = w["admin"], author_id = w["admin"], notification_type = "comment", task_id = w["task"] }, new { read = true }),
        ["search-filters"] = w => (new { list_type = "asset", name = "Mine", search_query = "hero" }, new { search_query = "sword" }),
        ["search-filter-groups"] = w => (new { list_type = "asset", name = "Group", color = "#000000" }, new { color = "#FFFFFF" }),
        ["schedule-items"] = w => (new { project_id = w["project"], task_type_id = w["task_type"], object_id = Guid.NewGuid() }, new { man_days = 3 }),
        ["news"] = w => (new { author_id = w["admin"], task_id = w["task"] }, new { change = true }),
        ["milestones"] = w => (new { name = "Delivery", date = "2027-01-01", project_id = w["project"] }, new { name = "Final delivery" }),
        ["metadata-descriptors"] = w => (new { project_id = w["project"], entity_type = "Asset", name = "Size " + Unique(), field_name = "size_" + Unique()[..8] }, new { for_client = true }),
        ["subscriptions"] = w => (new { person_id = w["admin"], task_id = w["task"] }, new { }),
        ["entity-links"] = w => (new { entity_in_id = w["entity"], entity_out_id = w["entity2"], nb_occurences = 2 }, new { nb_occurences = 3 }),
        ["chats"] = w => (new { object_id = w["entity2"] }, new { object_type = "entity" }),
        ["chat-messages"] = w => (new { chat_id = w["chat"], person_id = w["admin"], text = "hi" }, new { text = "hello" }),
        ["preview-background-files"] = w => (new { name = "BG " + Unique()[..8] }, new { archived = true }),
        ["studios"] = w => (new { name = "Studio " + Unique()[..8], color = "#000000" }, new { color = "#FFFFFF" }),
        ["budgets"] = w => (new { project_id = w["project"], name = "Budget " + Unique() }, new { currency = "EUR" }),
        ["budget-entries"] = w => (new { budget_id = w["budget"], department_id = w["department"], start_date = "2027-01-01", months_duration = 2, daily_salary = 300.0 }, new { months_duration = 3 }),
        ["plugins"] = w => (new { plugin_id = "plugin-" + Unique(), name = "Plugin", version = "1.0", maintainer_name = "Me", license = "MIT" }, new { description = "updated" }),
        ["production-schedule-versions"] = w => (new { name = "v " + Unique(), project_id = w["project"] }, new { locked = true }),
        ["production-schedule-version-task-links"] = w => (new { production_schedule_version_id = w["schedule_version"], task_id = w["task"] }, new { estimation = 2.5 }),
    };

    private static string Unique() => Guid.NewGuid().ToString("N");
}
