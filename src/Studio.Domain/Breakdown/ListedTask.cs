using Studio.Domain.Tasks;

namespace Studio.Domain.Breakdown;

/// <summary>
/// A task as the <c>with-tasks</c> lists show it: its columns that a list shows (ids, status, type, dates, figures,
/// data; the others keep their defaults), its assignees in id order, and whether the caller follows it.
/// </summary>
public sealed record ListedTask(ProductionTask Task, IReadOnlyList<Guid> Assignees, bool IsSubscribed);
