namespace Studio.Domain.Common;

/// <summary>An assignment names a person who does not exist.</summary>
public sealed class UnknownAssigneeException() : DomainException("Assignee doesn't exist in database.");
