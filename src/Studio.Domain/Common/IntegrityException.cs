namespace Studio.Domain.Common;

/// <summary>
/// Data a generic row write would store against the database's integrity rules: a required column missing, a value
/// of the wrong format, a duplicate of a unique value, a reference to a missing row.
/// </summary>
public sealed class IntegrityException(string message) : DomainException(message);
