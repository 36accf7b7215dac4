namespace Studio.Domain.Projects;

/// <summary>
/// Several settings added to a production at once. With <paramref name="ReplaceTaskTypes"/>, the task types are the
/// whole wanted set: the production's other task types are taken off it. Statuses and asset types are only added.
/// </summary>
public sealed record ProjectSettingsBatch(
    IReadOnlyList<TaskTypeSetting> TaskTypes,
    IReadOnlyList<Guid> TaskStatusIds,
    IReadOnlyList<Guid> AssetTypeIds,
    bool ReplaceTaskTypes = false);
