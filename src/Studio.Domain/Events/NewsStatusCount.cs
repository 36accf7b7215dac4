namespace Studio.Domain.Events;

/// <summary>How many status changes of a news feed set a status.</summary>
public sealed record NewsStatusCount(Guid TaskStatusId, int Count);
