namespace Studio.Domain.Tasks;

/// <summary>
/// A task of an entity's task list with the names shown beside it: its production, type, status, entity type and
/// entity. <see cref="Assignees"/> is null when the list was asked without relations.
/// </summary>
public sealed record DetailedTask(
    ProductionTask Task,
    IReadOnlyList<Guid>? Assignees,
    string? ProjectName,
    string? TaskTypeName,
    string? TaskStatusName,
    string? EntityTypeName,
    string? EntityName);
