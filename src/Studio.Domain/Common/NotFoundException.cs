namespace Studio.Domain.Common;

/// <summary>An unknown object: Zou answers 404 with werkzeug's standard message.</summary>
public sealed class NotFoundException(string message = "Not found") : Exception(message);
