using System.Reflection;

namespace Studio.Domain.Common;

/// <summary>One serialized field of a Zou model: its JSON name (snake_case of the property) and property.</summary>
public sealed class ZouColumn(string jsonName, PropertyInfo property, bool isComputed)
{
    public string JsonName { get; } = jsonName;

    public PropertyInfo Property { get; } = property;

    public Type Type => Property.PropertyType;

    /// <summary>A value computed in C# (Person's <c>full_name</c>): serialized, but not stored nor filterable.</summary>
    public bool IsComputed { get; } = isComputed;

    public bool IsWritable => !IsComputed && Property.CanWrite;

    /// <summary>A NOT NULL column of Zou's model without a default (<see cref="ZouRequiredAttribute"/>).</summary>
    public bool IsRequired { get; } = property.GetCustomAttribute<ZouRequiredAttribute>() is not null;
}
