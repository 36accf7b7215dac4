using System.Text.Json.Nodes;

namespace Studio.Web.Components.Models;

public sealed record StatusView(Guid Id, string Name, string ShortName, string Color, bool IsDefault, bool IsDone, bool IsRetake, bool IsWip, bool IsFeedbackRequest,
    int Priority, bool IsArtistAllowed = true, bool IsClientAllowed = true, bool ForConcept = false)
{
    public static StatusView From(JsonNode s) => new(s.IdOf(), s.Text("name"), s.Text("short_name"), s.Str("color") ?? "#999999",
        s.Bool("is_default"), s.Bool("is_done"), s.Bool("is_retake"), s.Bool("is_wip"), s.Bool("is_feedback_request"), s.Whole("priority"),
        s.Bool("is_artist_allowed"), s.Bool("is_client_allowed"), s.Bool("for_concept"));

    public static readonly StatusView Unknown = new(Guid.Empty, "Unknown", "?", "#cccccc", false, false, false, false, false, 0);
}

public sealed record TaskTypeView(Guid Id, string Name, string? ShortName, string Color, string ForEntity, int Priority, Guid? DepartmentId)
{
    public static TaskTypeView From(JsonNode t) => new(t.IdOf(), t.Text("name"), t.Str("short_name"), t.Str("color") ?? "#999999",
        t.Str("for_entity") ?? "Asset", t.Whole("priority"), t.GuidOf("department_id"));
}

public sealed record PersonView(Guid Id, string FullName, string? Email, string Role, bool Active, bool HasAvatar, IReadOnlyList<Guid> Departments)
{
    /// <summary>A person read from the domain; without the e-mail when the caller gets only the person's minimal view.</summary>
    public static PersonView From(Studio.Domain.Persons.Person p, bool minimal) => new(p.Id, p.FullName, minimal ? null : p.Email, p.Role, p.Active, p.HasAvatar, []);

    public static PersonView From(JsonNode p)
    {
        var full = p.Str("full_name") is { Length: > 0 } f ? f : $"{p.Text("first_name")} {p.Text("last_name")}".Trim();
        return new(p.IdOf(), full.Length > 0 ? full : p.Text("email"), p.Str("email"), p.Str("role") ?? "user", !p.AsObject().ContainsKey("active") || p.Bool("active"),
            p.Bool("has_avatar"), p.Ids("departments"));
    }

    public string Initials => string.Concat(FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => char.ToUpperInvariant(w[0])));
}

public sealed record NamedView(Guid Id, string Name, string? Color = null)
{
    public static NamedView From(JsonNode n) => new(n.IdOf(), n.Text("name"), n.Str("color"));
}

public sealed record ProductionView(Guid Id, string Name, string? Code, string? Description, string Type, string Style, string Fps, string Ratio, string Resolution,
    int MaxRetakes, DateTime? StartDate, DateTime? EndDate, string StatusName, bool HasAvatar, IReadOnlyList<Guid> TaskTypes, IReadOnlyList<Guid> TaskStatuses,
    IReadOnlyList<Guid> AssetTypes, IReadOnlyList<Guid> Team)
{
    public static ProductionView From(JsonNode p) => new(p.IdOf(), p.Text("name"), p.Str("code"), p.Str("description"), p.Str("production_type") ?? "short",
        p.Str("production_style") ?? "2d3d", p.Str("fps") ?? "25", p.Str("ratio") ?? "16:9", p.Str("resolution") ?? "1920x1080", p.Whole("max_retakes"),
        p.Date("start_date"), p.Date("end_date"), p.Str("project_status_name") ?? "Open", p.Bool("has_avatar"),
        p.Ids("task_types"), p.Ids("task_statuses"), p.Ids("asset_types"), p.Ids("team"));

    public bool IsTvShow => Type == "tvshow";
}
