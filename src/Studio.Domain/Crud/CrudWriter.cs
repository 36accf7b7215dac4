using Studio.Domain.Common;
using Studio.Domain.Persistence;

namespace Studio.Domain.Crud;

/// <summary>Copies a body's typed values onto a row, column by column, and collects the relation id lists it carries.</summary>
internal static class CrudWriter
{
    /// <summary>
    /// Sets every column sent except the protected ones. With <paramref name="strict"/> (POST) an unknown key is
    /// refused as Zou's model constructor refuses it; otherwise (PUT) it is ignored.
    /// </summary>
    public static List<(RelationAttribute Relation, IReadOnlyList<Guid> Ids)> Apply<T>(T row, CrudChanges<T> changes, IReadOnlySet<string> protectedKeys, bool strict)
        where T : class
    {
        var model = ZouModel.For<T>();
        var relations = new List<(RelationAttribute, IReadOnlyList<Guid>)>();
        foreach (var change in changes)
        {
            var key = change.Key;
            if (protectedKeys.Contains(key) || key == "type")
            {
                continue;
            }

            if (model.ColumnsByName.TryGetValue(key, out var column) && column.IsWritable)
            {
                column.Property.SetValue(row, ValueFor(column, change));
            }
            else if (model.FindRelation(key) is { } relation)
            {
                relations.Add((relation, change.Ids ?? []));
            }
            else if (strict && !model.ColumnsByName.ContainsKey(key))
            {
                // ZOU: SQLAlchemy's TypeError text, returned as the 400 message.
                throw new WrongParameterException($"'{key}' is an invalid keyword argument for {model.TypeName}");
            }
        }

        return relations;
    }

    /// <summary>ZOU: a NOT NULL column without default that a creation leaves out (or sets to null) is the database's
    /// not-null error, a 400 without the <c>error</c> key.</summary>
    public static void EnsureRequired<T>(ZouModel model, CrudChanges<T> changes)
        where T : class
    {
        if (model.RequiredNames.Any(key => !changes.Contains(key) || IsNull(changes.First(c => c.Key == key))))
        {
            throw new IntegrityException(DatabaseErrors.NotNull);
        }
    }

    /// <summary>
    /// The value a column takes; a refused value is refused now. ZOU: a null for a column the database keeps NOT NULL
    /// (a required column, or a value type such as a flag or a count) is the database's not-null error, on a creation
    /// and on an update alike.
    /// </summary>
    private static object? ValueFor(ZouColumn column, CrudChange change)
    {
        var value = change.ValueOrThrow();
        var type = column.Type;
        var nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        if (value is null && (column.IsRequired || !nullable))
        {
            throw new IntegrityException(DatabaseErrors.NotNull);
        }

        return value;
    }

    private static bool IsNull(CrudChange change) => change is { Value: null, Error: null, Ids: null };
}
