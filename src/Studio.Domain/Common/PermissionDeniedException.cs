namespace Studio.Domain.Common;

/// <summary>The caller may not do this.</summary>
public sealed class PermissionDeniedException(string message = "Permission denied") : DomainException(message);
