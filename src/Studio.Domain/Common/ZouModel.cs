using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Studio.Domain.Common;

/// <summary>
/// What Zou's serializer knows of a model: its <c>type</c> name, its columns in serialization order and its
/// relations. Built once per CLR type by reflection over the properties Studio declares (Identity's inherited
/// columns are not part of Zou's model and never leave the server).
/// </summary>
public sealed class ZouModel
{
    private static readonly ConcurrentDictionary<Type, ZouModel> Cache = new();

    private ZouModel(Type type)
    {
        ClrType = type;
        TypeName = type.GetCustomAttribute<ZouModelAttribute>()?.Name ?? type.Name;
        Columns = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType?.Namespace?.StartsWith("Studio.", StringComparison.Ordinal) == true)
            .Where(p => p.GetCustomAttribute<SensitiveAttribute>() is null && p.GetIndexParameters().Length == 0)
            .Select(p => new ZouColumn(JsonName(p), p, !p.CanWrite))];
        Relations = [.. type.GetCustomAttributes<RelationAttribute>()];
        SensitiveNames = type.GetProperties()
            .Where(p => p.GetCustomAttribute<SensitiveAttribute>() is not null)
            .Select(JsonName)
            .ToHashSet(StringComparer.Ordinal);
        ColumnsByName = Columns.ToDictionary(c => c.JsonName, StringComparer.Ordinal);
        RequiredNames = [.. Columns.Where(c => c.IsRequired).Select(c => c.JsonName)];
    }

    public Type ClrType { get; }

    /// <summary>The <c>type</c> value of a serialized row (entities override it with their kind).</summary>
    public string TypeName { get; }

    public IReadOnlyList<ZouColumn> Columns { get; }

    public IReadOnlyDictionary<string, ZouColumn> ColumnsByName { get; }

    public IReadOnlyList<RelationAttribute> Relations { get; }

    /// <summary>JSON names of the columns a creation must give (<see cref="ZouRequiredAttribute"/>).</summary>
    public IReadOnlyList<string> RequiredNames { get; }

    /// <summary>JSON names of columns that exist but are never shown nor filterable.</summary>
    public IReadOnlySet<string> SensitiveNames { get; }

    public static ZouModel For(Type type) => Cache.GetOrAdd(type, t => new ZouModel(t));

    public static ZouModel For<T>() => For(typeof(T));

    /// <summary>The JSON name of a property: Zou's explicit name if it has one, else its snake_case.</summary>
    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<ZouNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);

    public RelationAttribute? FindRelation(string name) => Relations.FirstOrDefault(r => r.Name == name);
}
