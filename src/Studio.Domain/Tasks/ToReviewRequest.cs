namespace Studio.Domain.Tasks;

/// <summary>What sending a task to review asks: who sends it (null: the caller), a comment, and whether its status changes.</summary>
public sealed record ToReviewRequest(Guid? PersonId, string? Comment, bool ChangeStatus = true);
