namespace Studio.Domain.Common;

/// <summary>An unknown object, or one the caller may not know exists.</summary>
public sealed class NotFoundException(string message = "Not found") : DomainException(message);
