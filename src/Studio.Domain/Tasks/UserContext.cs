using Studio.Domain.Persons;
using Studio.Domain.Plugins;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// What the client loads at sign-in, scoped to the caller: the studio's settings rows, the caller's unread
/// notification count, every person (in full only when <see cref="FullPersons"/>, else the minimal view), the
/// caller's production roles and open productions. <see cref="UserLimit"/> is given to admins only.
/// </summary>
public sealed record UserContext(
    IReadOnlyList<CustomAction> CustomActions,
    IReadOnlyList<StatusAutomation> StatusAutomations,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<ProductionStudio> Studios,
    int NotificationCount,
    IReadOnlyList<PersonWithDepartments> Persons,
    bool FullPersons,
    IReadOnlyList<ProjectStatus> ProjectStatuses,
    IReadOnlyList<ProjectPersonLink> ProjectRoles,
    IReadOnlyList<OpenProject> Projects,
    IReadOnlyList<TaskType> TaskTypes,
    IReadOnlyList<ProductionTaskStatus> TaskStatuses,
    IReadOnlyList<PreviewBackgroundFile> PreviewBackgroundFiles,
    IReadOnlyList<Plugin> Plugins,
    int? UserLimit);
