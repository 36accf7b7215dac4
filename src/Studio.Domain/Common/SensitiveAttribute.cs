namespace Studio.Domain.Common;

/// <summary>A column that is never serialized and never accepted as a filter (Zou's <c>SENSITIVE_FIELDS</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;
