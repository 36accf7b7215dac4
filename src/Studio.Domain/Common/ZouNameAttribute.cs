namespace Studio.Domain.Common;

/// <summary>
/// The JSON name of a column when Zou's differs from the snake_case of the property (e.g. <c>use_12_hour_clock</c>,
/// which the naming convention would write <c>use12_hour_clock</c>). Filters and bodies use the same name.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ZouNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
