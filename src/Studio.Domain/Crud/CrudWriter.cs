using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Crud;

/// <summary>Copies a JSON body onto a row, column by column, and collects the relation id lists it carries.</summary>
public static class CrudWriter
{
    /// <summary>
    /// Sets every column named in <paramref name="data"/> except the protected ones. With <paramref name="strict"/>
    /// (POST) an unknown key is refused as Zou's model constructor refuses it; otherwise (PUT) it is ignored.
    /// </summary>
    public static List<(RelationAttribute Relation, List<Guid> Ids)> Apply(object row, JsonObject data, IReadOnlySet<string> protectedKeys, bool strict)
    {
        var model = ZouModel.For(row.GetType());
        var relations = new List<(RelationAttribute, List<Guid>)>();
        foreach (var (key, value) in data)
        {
            if (protectedKeys.Contains(key) || key == "type")
            {
                continue;
            }

            if (model.ColumnsByName.TryGetValue(key, out var column) && column.IsWritable)
            {
                column.Property.SetValue(row, CrudValues.FromJson(column, value));
            }
            else if (model.FindRelation(key) is { } relation)
            {
                relations.Add((relation, RelationIds(value)));
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
    public static void EnsureRequired(ZouModel model, JsonObject data)
    {
        if (model.RequiredNames.Any(key => data[key] is null))
        {
            throw new IntegrityException(Persistence.DatabaseErrors.NotNull);
        }
    }

    /// <summary>Zou accepts a relation as a list of ids or of <c>{"id": …}</c> objects; malformed items are dropped.</summary>
    private static List<Guid> RelationIds(JsonNode? value)
    {
        if (value is not JsonArray items)
        {
            return [];
        }

        var ids = new List<Guid>();
        foreach (var item in items)
        {
            var text = item switch
            {
                JsonObject o => o["id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? o["id"]!.GetValue<string>() : null,
                JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
                _ => null,
            };
            if (Guid.TryParse(text, out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
