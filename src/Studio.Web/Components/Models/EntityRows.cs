using Studio.Domain.Breakdown;

namespace Studio.Web.Components.Models;

/// <summary>One task in a list cell: its status, assignees and the figures the task type page shows.</summary>
public sealed record TaskCell(Guid Id, Guid TaskTypeId, StatusView Status, IReadOnlyList<Guid> Assignees, double Estimation, double Duration,
    DateTime? DueDate, int RetakeCount, int Priority, Guid? LastPreviewId)
{
    /// <summary>Whether this cell shows the same as <paramref name="other"/> (the assignees compared one by one).</summary>
    public bool Shows(TaskCell other) => this with { Assignees = other.Assignees } == other && Assignees.SequenceEqual(other.Assignees);

    public static TaskCell From(ListedTask listed, Catalog catalog)
    {
        var t = listed.Task;
        return new(t.Id, t.TaskTypeId ?? Guid.Empty, catalog.Status(t.TaskStatusId), listed.Assignees, t.Estimation ?? 0, t.Duration ?? 0,
            t.DueDate, t.RetakeCount ?? 0, t.Priority ?? 0, t.LastPreviewFileId);
    }
}

/// <summary>A row of an asset or shot list (one entity and its tasks by task type).</summary>
/// <remarks>A shot's <see cref="Episode"/> is named in a TV show: two episodes may hold shots of the same sequence and shot names.</remarks>
public sealed record EntityRow(Guid Id, string Name, string? Parent, Guid? ParentId, Guid? EpisodeId, string? Episode, string FullName, string? Description,
    Guid? PreviewFileId, int? NbFrames, bool Canceled, IReadOnlyDictionary<Guid, TaskCell> Tasks)
{
    /// <summary>The row is shown before its tasks are read (a big list reads the first screenful's tasks first): its
    /// empty cells mean "not yet", not "no task".</summary>
    public bool TasksPending { get; init; }

    /// <summary>
    /// A row of a <c>with-tasks</c> list: a shot under its sequence (other kinds of the shot lists under nothing), an
    /// asset under its type; a shot's or an edit's episode is named.
    /// </summary>
    public static EntityRow From(EntityWithTasks row, bool shots, Catalog catalog)
    {
        var tasks = new Dictionary<Guid, TaskCell>(row.Tasks.Count);
        foreach (var task in row.Tasks)
        {
            var cell = TaskCell.From(task, catalog);
            tasks[cell.TaskTypeId] = cell;
        }

        var e = row.Entity;
        var sequence = row.Kind == "Shot" ? row.Parent : null;
        var parent = shots ? sequence?.Name : row.TypeName;
        var episode = shots && row.Kind is "Shot" or "Edit" && !string.IsNullOrEmpty(row.Episode?.Name) ? row.Episode.Name : null;
        return new(e.Id, e.Name, parent, shots ? sequence?.Id : e.EntityTypeId, row.Episode?.Id, episode, FullNameOf(shots, e.Name, parent, episode), e.Description,
            e.PreviewFileId, e.NbFrames, e.Canceled, tasks);
    }

    /// <summary>
    /// An entity of a plain list (no tasks), under <paramref name="parentId"/> named <paramref name="parent"/>; a shot's
    /// sequence may belong to an episode.
    /// </summary>
    public static EntityRow FromEntity(Entity e, bool shot, Guid? parentId, string? parent, NamedView? episode = null) =>
        new(e.Id, e.Name, parent, parentId, episode?.Id, episode?.Name, FullNameOf(shot, e.Name, parent, episode?.Name), e.Description,
            e.PreviewFileId, e.NbFrames, e.Canceled, new Dictionary<Guid, TaskCell>());

    /// <summary>Every row of a with-tasks list (read without its tasks when <paramref name="tasksPending"/>).</summary>
    public static List<EntityRow> Read(IReadOnlyList<EntityWithTasks> withTasks, bool shots, Catalog catalog, bool tasksPending = false) =>
        [.. withTasks.Select(e => tasksPending ? From(e, shots, catalog) with { TasksPending = true } : From(e, shots, catalog))];

    /// <summary>
    /// The <paramref name="fresh"/> rows, each replaced by its earlier row when that shows the same: a list renders a
    /// row again only when it is a new one, so a reload after one change renders only the rows that changed.
    /// </summary>
    public static List<EntityRow> Reuse(IReadOnlyList<EntityRow> earlier, List<EntityRow> fresh)
    {
        if (earlier.Count == 0)
        {
            return fresh;
        }

        var byId = new Dictionary<Guid, EntityRow>(earlier.Count);
        foreach (var row in earlier)
        {
            byId[row.Id] = row;
        }

        return [.. fresh.Select(row => byId.TryGetValue(row.Id, out var old) && old.Shows(row) ? old : row)];
    }

    /// <summary>Whether this row shows the same as <paramref name="other"/>: the same fields and the same tasks.</summary>
    public bool Shows(EntityRow other) =>
        this with { Tasks = other.Tasks } == other && Tasks.Count == other.Tasks.Count
        && Tasks.All(t => other.Tasks.TryGetValue(t.Key, out var cell) && t.Value.Shows(cell));

    /// <summary>What the parent column sorts by: a shot's episode, then its sequence.</summary>
    public string ParentPath => Episode is null ? Parent ?? "" : $"{Episode} / {Parent}";

    private static string FullNameOf(bool shot, string name, string? parent, string? episode) =>
        shot ? EntityFullNames.Of("Shot", null, name, parent, episode) : EntityFullNames.Of(EntityKinds.Asset, parent, name, null, null);
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
            _ => Descending ? rows.OrderByDescending(r => r.ParentPath, natural) : rows.OrderBy(r => r.ParentPath, natural),
        };
        return ordered.ThenBy(r => r.ParentPath, natural).ThenBy(r => r.Name, natural);
    }

    /// <summary>Statuses sort by their priority, then name; entities without that task come last.</summary>
    private static (int, int, string) StatusRank(EntityRow row, Guid taskType) =>
        row.Tasks.TryGetValue(taskType, out var cell) ? (0, cell.Status.Priority, cell.Status.Name) : (1, 0, "");
}

/// <summary>A row of a task type page: one task and the entity it belongs to.</summary>
public sealed record TaskTypeRow(EntityRow Row, TaskCell Task, Catalog Catalog)
{
    public string Entity => Row.FullName;

    public Guid? PreviewFileId => Row.PreviewFileId;

    /// <summary>Zou keeps estimations and durations in minutes; the studio plans in days of the organisation's hours.</summary>
    public double EstimationDays => Task.Estimation / Catalog.MinutesPerDay;

    public double DurationDays => Task.Duration / Catalog.MinutesPerDay;

    public int StatusRank => Task.Status.Priority;

    public string AssigneeNames => string.Join(", ", Task.Assignees.Select(id => Catalog.PersonName(id)));

    public bool IsLate => Task.DueDate is { } due && due.Date < DateTime.UtcNow.Date && !Task.Status.IsDone;
}
