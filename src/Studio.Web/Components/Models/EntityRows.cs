using System.Text.Json.Nodes;

namespace Studio.Web.Components.Models;

/// <summary>One task in a list cell: its status, assignees and the figures the task type page shows.</summary>
public sealed record TaskCell(Guid Id, Guid TaskTypeId, StatusView Status, IReadOnlyList<Guid> Assignees, double Estimation, double Duration,
    DateTime? DueDate, int RetakeCount, int Priority, Guid? LastPreviewId)
{
    public static TaskCell From(JsonNode t, Catalog catalog) => new(t.IdOf(), t.GuidOf("task_type_id") ?? Guid.Empty, catalog.Status(t.GuidOf("task_status_id")),
        t.Ids("assignees"), t.Number("estimation"), t.Number("duration"), t.Date("due_date"), t.Whole("retake_count"), t.Whole("priority"), t.GuidOf("last_preview_file_id"));
}

/// <summary>A row of an asset or shot list (one entity and its tasks by task type).</summary>
public sealed record EntityRow(Guid Id, string Name, string? Parent, Guid? ParentId, Guid? EpisodeId, string? Description, Guid? PreviewFileId,
    int? NbFrames, bool Canceled, IReadOnlyDictionary<Guid, TaskCell> Tasks)
{
    /// <summary>A row of <c>/data/assets/with-tasks</c> or <c>/data/shots/with-tasks</c>.</summary>
    public static EntityRow From(JsonNode e, bool shots, Catalog catalog)
    {
        var tasks = new Dictionary<Guid, TaskCell>();
        foreach (var task in e["tasks"].Items())
        {
            var cell = TaskCell.From(task, catalog);
            tasks[cell.TaskTypeId] = cell;
        }

        return new(e.IdOf(), e.Text("name"), shots ? e.Str("sequence_name") : e.Str("asset_type_name"),
            shots ? e.GuidOf("sequence_id") : e.GuidOf("asset_type_id"), e.GuidOf("episode_id"), e.Str("description"), e.GuidOf("preview_file_id"),
            e["nb_frames"] is null ? null : e.Whole("nb_frames"), e.Bool("canceled"), tasks);
    }

    public string FullName => Parent is { Length: > 0 } p ? $"{p} / {Name}" : Name;
}

/// <summary>How a list is sorted: by name (the default), by parent, or by the status of one task type's tasks.</summary>
public sealed record EntitySort(string Key, bool Descending = false)
{
    public const string ByName = "name";
    public const string ByParent = "parent";

    public static readonly EntitySort Default = new(ByParent);

    public EntitySort Toggle(string key) => Key == key ? this with { Descending = !Descending } : new EntitySort(key);

    /// <summary>Rows in this order; rows of the same key keep the parent-then-name order.</summary>
    public IEnumerable<EntityRow> Apply(IEnumerable<EntityRow> rows)
    {
        var natural = StringComparer.OrdinalIgnoreCase;
        IOrderedEnumerable<EntityRow> ordered = Key switch
        {
            ByName => Descending ? rows.OrderByDescending(r => r.Name, natural) : rows.OrderBy(r => r.Name, natural),
            _ when Guid.TryParse(Key, out var type) => Descending
                ? rows.OrderByDescending(r => StatusRank(r, type))
                : rows.OrderBy(r => StatusRank(r, type)),
            _ => Descending ? rows.OrderByDescending(r => r.Parent ?? "", natural) : rows.OrderBy(r => r.Parent ?? "", natural),
        };
        return ordered.ThenBy(r => r.Parent ?? "", natural).ThenBy(r => r.Name, natural);
    }

    /// <summary>Statuses sort by their priority, then name; entities without that task come last.</summary>
    private static (int, int, string) StatusRank(EntityRow row, Guid taskType) =>
        row.Tasks.TryGetValue(taskType, out var cell) ? (0, cell.Status.Priority, cell.Status.Name) : (1, 0, "");
}

/// <summary>A row of a task type page: one task and the entity it belongs to.</summary>
public sealed record TaskTypeRow(EntityRow Row, TaskCell Task, Catalog Catalog)
{
    /// <summary>Zou keeps estimations and durations in minutes; the studio plans in 8-hour days.</summary>
    public const double MinutesPerDay = 8 * 60;

    public string Entity => Row.FullName;

    public Guid? PreviewFileId => Row.PreviewFileId;

    public double EstimationDays => Task.Estimation / MinutesPerDay;

    public double DurationDays => Task.Duration / MinutesPerDay;

    public int StatusRank => Task.Status.Priority;

    public string AssigneeNames => string.Join(", ", Task.Assignees.Select(id => Catalog.PersonName(id)));

    public bool IsLate => Task.DueDate is { } due && due.Date < DateTime.UtcNow.Date && !Task.Status.IsDone;
}
