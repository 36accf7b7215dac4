using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>The tasks made by one bulk creation, all of one type and all in the default status.</summary>
public sealed record CreatedTasks(IReadOnlyList<ProductionTask> Tasks, ProductionTaskStatus Status, TaskType Type);
