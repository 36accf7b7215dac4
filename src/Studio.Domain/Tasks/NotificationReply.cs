namespace Studio.Domain.Tasks;

/// <summary>The reply a notification is about: its text and whom it mentions.</summary>
public sealed record NotificationReply(string? Text, IReadOnlyList<Guid> Mentions, IReadOnlyList<Guid> DepartmentMentions);
