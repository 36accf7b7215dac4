using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;

namespace Studio.Domain.Settings;

/// <summary>
/// What Zou's <c>init-data</c> seeds: project statuses, task statuses, departments, task types, asset types,
/// the temporal entity types, the default file status and the organisation. Idempotent: rows are matched by
/// name (short name for statuses) and only missing ones are added.
/// </summary>
public sealed class DefaultData(StudioDbContext db)
{
    // One default status, Todo: the one new tasks get (concept tasks start on Neutral, the first concept status).
    // Clients may move a task only into Retake (asking for changes) or, on concepts, Approved and Rejected: they review
    // work, they do not drive it.
    // ZOU: Zou's init-data marks Neutral as a second default (for concepts) and every status as client-allowed.
    private static readonly (string Name, string Short, string Color, bool Default, bool Wip, bool Feedback, bool Retake, bool Done, bool Concept, bool Client)[] Statuses =
    [
        ("Todo", "todo", "#f5f5f5", true, false, false, false, false, false, false),
        ("Work In Progress", "wip", "#3273dc", false, true, false, false, false, false, false),
        ("Waiting For Approval", "wfa", "#ab26ff", false, false, true, false, false, false, false),
        ("Retake", "retake", "#ff3860", false, false, false, true, false, false, true),
        ("Done", "done", "#22d160", false, false, false, false, true, false, false),
        ("Ready To Start", "ready", "#fbc02d", false, false, false, false, false, false, false),
        ("Neutral", "neutral", "#CCCCCC", false, false, false, false, false, true, false),
        ("Approved", "approved", "#66BB6A", false, false, false, false, false, true, true),
        ("Rejected", "rejected", "#E81123", false, false, false, false, false, true, true),
    ];

    private static readonly (string Name, string Color, int Priority, string ForEntity, string? Department)[] TaskTypes =
    [
        ("Concept", "#8D6E63", 1, "Concept", null),
        ("Concept", "#8D6E63", 1, "Asset", "Concept"),
        ("Modeling", "#78909C", 2, "Asset", "Modeling"),
        ("Shading", "#64B5F6", 3, "Asset", "Modeling"),
        ("Rigging", "#9CCC65", 4, "Asset", "Animation"),
        ("Storyboard", "#43A047", 1, "Shot", "Concept"),
        ("Layout", "#7CB342", 2, "Shot", "Layout"),
        ("Animation", "#009688", 3, "Shot", "Animation"),
        ("Lighting", "#F9A825", 4, "Shot", "Compositing"),
        ("FX", "#26C6DA", 5, "Shot", "FX"),
        ("Rendering", "#F06292", 6, "Shot", "Compositing"),
        ("Compositing", "#ff5252", 7, "Shot", "Compositing"),
        ("Edit", "#9b298c", 8, "Edit", "Compositing"),
    ];

    private static readonly (string Name, string Color)[] Departments =
    [
        ("Modeling", "#78909C"), ("Animation", "#009688"), ("FX", "#26C6DA"), ("Compositing", "#ff5252"), ("Concept", "#8D6E63"), ("Layout", "#7CB342"),
    ];

    private static readonly string[] AssetTypes = ["Character", "Prop", "Environment", "FX"];
    private static readonly string[] TemporalTypes = ["Shot", "Sequence", "Episode", "Scene", "Edit", "Concept"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await new ProjectStatuses(db).OpenAsync(cancellationToken);
        await new ProjectStatuses(db).ClosedAsync(cancellationToken);
        var statuses = await db.Set<ProductionTaskStatus>().Select(s => s.ShortName).ToListAsync(cancellationToken);
        var hasDefault = await db.Set<ProductionTaskStatus>().AnyAsync(s => s.IsDefault, cancellationToken);
        db.AddRange(Statuses.Where(s => !statuses.Contains(s.Short)).Select(s => new ProductionTaskStatus
        {
            Name = s.Name, ShortName = s.Short, Color = s.Color, IsDefault = s.Default && !hasDefault, IsWip = s.Wip, IsFeedbackRequest = s.Feedback,
            IsRetake = s.Retake, IsDone = s.Done, ForConcept = s.Concept, IsClientAllowed = s.Client,
        }));

        var departments = await db.Set<Department>().ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);
        foreach (var (name, color) in Departments.Where(d => !departments.ContainsKey(d.Name)))
        {
            var department = new Department { Id = Guid.NewGuid(), Name = name, Color = color };
            db.Add(department);
            departments[name] = department.Id;
        }

        var taskTypes = await db.Set<TaskType>().Select(t => new { t.Name, t.ForEntity }).ToListAsync(cancellationToken);
        db.AddRange(TaskTypes.Where(t => !taskTypes.Any(e => e.Name == t.Name && e.ForEntity == t.ForEntity)).Select(t => new TaskType
        {
            // ZOU: init-data gives its task types an empty short name, not NULL.
            Name = t.Name, ShortName = "", Color = t.Color, Priority = t.Priority, ForEntity = t.ForEntity,
            DepartmentId = t.Department is null ? null : departments[t.Department],
        }));

        var entityTypes = await db.Set<EntityType>().Select(t => t.Name).ToListAsync(cancellationToken);
        db.AddRange(AssetTypes.Concat(TemporalTypes).Where(n => !entityTypes.Contains(n)).Select(n => new EntityType { Name = n }));

        if (!await db.Set<FileStatus>().AnyAsync(s => s.Name == "To review", cancellationToken))
        {
            db.Add(new FileStatus { Name = "To review", Color = "#f5f5f5" });
        }

        if (!await db.Set<Organisation>().AnyAsync(cancellationToken))
        {
            db.Add(new Organisation { Name = "Kitsu" });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
