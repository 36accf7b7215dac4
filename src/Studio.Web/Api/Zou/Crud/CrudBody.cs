using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;

namespace Studio.Web.Api.Zou.Crud;

/// <summary>
/// Reads the body of a <c>/data/&lt;collection&gt;</c> POST or PUT into typed changes, key by key in the order sent: a
/// column's value converted to the column's .NET type, a relation's ids, any other key with no value (the domain decides
/// whether it is refused). A value that does not convert carries Zou's 400, which the domain raises only if the write
/// applies that key: a caller who may not write learns that first, and a key the write ignores never fails it.
/// </summary>
public static class CrudBody
{
    /// <param name="body">The request's JSON object; the collection's body rules may rewrite it.</param>
    /// <param name="update">A PUT (some of Zou's quirks are the update's only).</param>
    public static CrudChanges<T> Read<T>(JsonObject body, bool update)
        where T : class
    {
        CrudBodyRules.Rewrite<T>(body, update);
        var model = ZouModel.For<T>();
        var changes = new CrudChanges<T>();
        foreach (var (key, value) in body)
        {
            var read = model.ColumnsByName.TryGetValue(key, out var column) ? Column(column, value)
                : model.FindRelation(key) is not null ? new CrudChange(key, null, RelationIds(value))
                : new CrudChange(key, null);
            changes.Set(CrudBodyRules.Read<T>(read, value));
        }

        return changes;
    }

    private static CrudChange Column(ZouColumn column, JsonNode? node)
    {
        try
        {
            return new CrudChange(column.JsonName, node is null ? null : Convert(column, node));
        }
        catch (DomainException refused)
        {
            return new CrudChange(column.JsonName, null, Error: refused);
        }
    }

    /// <summary>A JSON value as the column's .NET type; Zou's 400 (the database's format error, or the date's own
    /// message) when it is not one.</summary>
    private static object Convert(ZouColumn column, JsonNode node)
    {
        var type = Nullable.GetUnderlyingType(column.Type) ?? column.Type;
        if (type == typeof(JsonNode))
        {
            return node.DeepClone();
        }

        if (type == typeof(List<string>))
        {
            return node is JsonArray array
                ? array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var s) ? s : item?.ToJsonString()).OfType<string>().ToList()
                : throw new IntegrityException(DatabaseErrors.Format);
        }

        if (node is not JsonValue value)
        {
            throw new IntegrityException(DatabaseErrors.Format);
        }

        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(bool) && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        if (type == typeof(DateTime) || type == typeof(DateOnly))
        {
            return CrudValues.ParseDate(type, column.JsonName, text);
        }

        return CrudValues.FromText(type, text) ?? throw new IntegrityException(DatabaseErrors.Format);
    }

    /// <summary>ZOU: a relation is a list of ids or of <c>{"id": …}</c> objects; malformed items are dropped, and
    /// anything but a list is no id at all.</summary>
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
                JsonObject o => JsonBody.GetString(o, "id"),
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
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
