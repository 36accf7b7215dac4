using Studio.Web.Components.Models;

namespace Studio.Tests.Unit.Web.Components;

/// <summary>A small catalog of statuses, task types and people for the UI tests.</summary>
public static class UiFixtures
{
    public static readonly StatusView Todo = new(Guid.NewGuid(), "Todo", "todo", "#f5f5f5", true, false, false, false, false, 1);
    public static readonly StatusView Wip = new(Guid.NewGuid(), "Work In Progress", "wip", "#3273dc", false, false, false, true, false, 2);
    public static readonly StatusView Retake = new(Guid.NewGuid(), "Retake", "retake", "#ff3860", false, false, true, false, false, 4);
    public static readonly TaskTypeView Modeling = new(Guid.NewGuid(), "Modeling", "mod", "#78909c", "Asset", 1, null);
    public static readonly TaskTypeView Rigging = new(Guid.NewGuid(), "Rigging", "rig", "#9ccc65", "Asset", 2, null);
    public static readonly PersonView Jane = new(Guid.NewGuid(), "Jane Doe", "jane@example.com", "user", true, false, []);
    public static readonly PersonView Max = new(Guid.NewGuid(), "Max Power", "max@example.com", "supervisor", true, false, []);
    public static readonly NamedView ModelingDepartment = new(Guid.NewGuid(), "Modeling", "#78909c");

    public static Catalog Reference { get; } = new()
    {
        Statuses = new[] { Todo, Wip, Retake }.ToDictionary(s => s.Id),
        TaskTypes = new[] { Modeling, Rigging }.ToDictionary(t => t.Id),
        Persons = new[] { Jane, Max }.ToDictionary(p => p.Id),
        AssetTypes = new Dictionary<Guid, NamedView>(),
        Departments = new[] { ModelingDepartment }.ToDictionary(d => d.Id),
    };

    public static TaskCell Task(TaskTypeView type, StatusView status, params PersonView[] assignees) =>
        new(Guid.NewGuid(), type.Id, status, [.. assignees.Select(p => p.Id)], 0, 0, null, 0, 0, null);

    public static EntityRow Asset(string name, string type, params TaskCell[] tasks) =>
        new(Guid.NewGuid(), name, type, Guid.NewGuid(), null, null, $"{type} / {name}", null, null, null, false, tasks.ToDictionary(t => t.TaskTypeId));
}
