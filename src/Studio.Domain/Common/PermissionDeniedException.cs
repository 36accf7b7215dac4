namespace Studio.Domain.Common;

/// <summary>The caller may not do this: 403.</summary>
public sealed class PermissionDeniedException(string message = "Permission denied") : Exception(message);
