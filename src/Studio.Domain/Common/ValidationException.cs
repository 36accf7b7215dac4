namespace Studio.Domain.Common;

/// <summary>A request whose fields fail their checks: every failing field with its reason, all at once.</summary>
public sealed class ValidationException(IReadOnlyList<FieldError> errors) : WrongParameterException("Validation error.")
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static ValidationException For(string field, string message) => new([new FieldError(field, message)]);
}

/// <summary>One field of a request and why it was refused.</summary>
public sealed record FieldError(string Field, string Message);
