namespace Studio.Domain.Tasks;

/// <summary>The newest comment of a task: its text, when and by whom it was posted.</summary>
public sealed record LastComment(string? Text, DateTime Date, Guid PersonId);
