namespace Studio.Domain.Tasks;

/// <summary>A task and the people assigned to it, as the assignment routes answer.</summary>
public sealed record TaskWithAssignees(ProductionTask Task, IReadOnlyList<Guid> Assignees);
