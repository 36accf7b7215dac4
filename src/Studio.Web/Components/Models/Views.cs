using Studio.Domain.Crud;
using Studio.Domain.Crud.Collections;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Web.Components.Models;

public sealed record StatusView(Guid Id, string Name, string ShortName, string Color, bool IsDefault, bool IsDone, bool IsRetake, bool IsWip, bool IsFeedbackRequest,
    int Priority, bool IsArtistAllowed = true, bool IsClientAllowed = true, bool ForConcept = false)
{
    public static StatusView From(ProductionTaskStatus s) => new(s.Id, s.Name, s.ShortName, s.Color, s.IsDefault, s.IsDone, s.IsRetake, s.IsWip, s.IsFeedbackRequest,
        s.Priority ?? 0, s.IsArtistAllowed, s.IsClientAllowed, s.ForConcept);

    public static readonly StatusView Unknown = new(Guid.Empty, "Unknown", "?", "#cccccc", false, false, false, false, false, 0);
}

public sealed record TaskTypeView(Guid Id, string Name, string? ShortName, string Color, string ForEntity, int Priority, Guid? DepartmentId)
{
    public static TaskTypeView From(TaskType t) => new(t.Id, t.Name, t.ShortName, t.Color ?? "#999999", t.ForEntity ?? "Asset", t.Priority ?? 0, t.DepartmentId);
}

public sealed record PersonView(Guid Id, string FullName, string? Email, string Role, bool Active, bool HasAvatar, IReadOnlyList<Guid> Departments)
{
    /// <summary>A person read from the domain; without the e-mail when the caller gets only the person's minimal view.</summary>
    public static PersonView From(Studio.Domain.Persons.Person p, bool minimal) => new(p.Id, p.FullName, minimal ? null : p.Email, p.Role, p.Active, p.HasAvatar, []);

    public static PersonView From(CrudRow<Person> p) =>
        new(p.Row.Id, p.Row.FullName, p.Trimmed ? null : p.Row.Email, p.Row.Role, p.Row.Active, p.Row.HasAvatar, p.Linked<DepartmentLink>());

    public string Initials => string.Concat(FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
}

public sealed record NamedView(Guid Id, string Name, string? Color = null)
{
}

public sealed record ProductionView(Guid Id, string Name, string? Code, string? Description, string Type, string Style, string Fps, string Ratio, string Resolution,
    int MaxRetakes, DateTime? StartDate, DateTime? EndDate, string StatusName, bool HasAvatar, IReadOnlyList<Guid> TaskTypes, IReadOnlyList<Guid> TaskStatuses,
    IReadOnlyList<Guid> AssetTypes, IReadOnlyList<Guid> Team)
{
    /// <summary>A production as the CRUD routes read it; its status name comes with a single read only.</summary>
    public static ProductionView From(CrudRow<Project> row)
    {
        var p = row.Row;
        return new(p.Id, p.Name, p.Code, p.Description, p.ProductionType ?? "short", p.ProductionStyle, p.Fps ?? "25", p.Ratio ?? "16:9", p.Resolution ?? "1920x1080",
            p.MaxRetakes ?? 0, Day(p.StartDate), Day(p.EndDate), (row.Extras as ProjectStatusName)?.Name ?? "Open", p.HasAvatar,
            row.Linked<ProjectTaskTypeLink>(), row.Linked<ProjectTaskStatusLink>(), row.Linked<ProjectAssetTypeLink>(), row.Linked<ProjectPersonLink>());
    }

    public bool IsTvShow => Type == "tvshow";

    private static DateTime? Day(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
