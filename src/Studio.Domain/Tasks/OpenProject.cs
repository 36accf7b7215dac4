using Studio.Domain.Projects;

namespace Studio.Domain.Tasks;

/// <summary>
/// An open production as the client loads it: the row with its relations (team, asset types, task statuses, task
/// types, status automations, background files, by name in the model's order), the metadata descriptors the caller
/// sees, the task types' priorities and the task statuses' links.
/// </summary>
public sealed record OpenProject(
    Project Project,
    IReadOnlyDictionary<string, List<Guid>> Relations,
    IReadOnlyList<DescriptorWithDepartments> Descriptors,
    IReadOnlyList<ProjectTaskTypeLink> TaskTypePriorities,
    IReadOnlyList<ProjectTaskStatusLink> TaskStatusLinks);
