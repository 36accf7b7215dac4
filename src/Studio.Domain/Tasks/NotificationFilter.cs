namespace Studio.Domain.Tasks;

/// <summary>
/// Which of the caller's notifications to list: created after or before a time (UTC), of a type, read or not, on
/// tasks of a task type, with a comment setting a status, on tasks the caller follows or not. Null means any.
/// </summary>
public sealed record NotificationFilter(
    DateTime? After = null,
    DateTime? Before = null,
    string? Type = null,
    bool? Read = null,
    Guid? TaskTypeId = null,
    Guid? TaskStatusId = null,
    bool? Watching = null);
