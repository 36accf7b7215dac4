namespace Studio.Domain.Common;

/// <summary>
/// A NOT NULL column of Zou's model without a default: a CRUD POST that leaves it out (or sends null) is refused
/// with Zou's not-null message instead of storing an empty value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ZouRequiredAttribute : Attribute;
