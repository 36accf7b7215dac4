namespace Studio.Domain.Common;

/// <summary>The request clashes with work in progress (a playlist build already running).</summary>
public sealed class ConflictException(string message) : DomainException(message);
