using System.Globalization;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Web.Api.Zou;

/// <summary>
/// Zou's <c>SerializerMixin.serialize</c>: every attribute in the order Zou's model declares it, then <c>type</c>. With
/// relations, each relation is an id list at its declared place (<see cref="RelationAttribute.After"/>): among the
/// columns where the model declares it, or after the shared <c>id</c>/<c>created_at</c>/<c>updated_at</c> for one
/// declared from the other side. Times are ISO-8601 without microseconds nor zone, dates <c>YYYY-MM-DD</c>.
/// </summary>
public static class ZouSerializer
{
    public static JsonObject Serialize(object row, IReadOnlyDictionary<string, List<Guid>>? relations = null)
    {
        var model = ZouModel.For(row.GetType());
        var json = new JsonObject();
        foreach (var column in model.Columns)
        {
            json[column.JsonName] = ToJson(column.Property.GetValue(row));
            if (relations is not null)
            {
                WriteRelations(json, model.Relations.Where(r => r.After == column.JsonName), relations);
            }
        }

        if (relations is not null)
        {
            WriteRelations(json, model.Relations.Where(r => r.After is null || !model.ColumnsByName.ContainsKey(r.After)), relations);
        }

        json["type"] = model.TypeName;
        return json;
    }

    /// <summary>
    /// A row followed by relation id lists added after its <c>type</c>: ZOU: routes that build their answer from a
    /// plain serialization and add the relations themselves (a new task's assignees, the task lists' assignees).
    /// </summary>
    public static JsonObject SerializeThen(object row, IReadOnlyDictionary<string, List<Guid>> relations)
    {
        var json = Serialize(row);
        foreach (var (name, ids) in relations)
        {
            json[name] = IdList(ids);
        }

        return json;
    }

    private static void WriteRelations(JsonObject json, IEnumerable<RelationAttribute> placed, IReadOnlyDictionary<string, List<Guid>> relations)
    {
        foreach (var relation in placed)
        {
            json[relation.Name] = IdList(relations.TryGetValue(relation.Name, out var ids) ? ids : []);
        }
    }

    /// <summary>Rows serialized one by one, as Zou's <c>serialize_list</c>.</summary>
    public static JsonArray SerializeList<T>(IEnumerable<T> rows)
        where T : class => [.. rows.Select(r => (JsonNode)Serialize(r))];

    public static JsonArray IdList(IEnumerable<Guid> ids) => [.. ids.Select(id => (JsonNode?)id.ToString())];

    /// <summary>ZOU: times to the second, without zone.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss";

    public static string FormatDateTime(DateTime value) => value.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Converts one column value to Zou's JSON representation.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => s,
        Guid g => g.ToString(),
        bool b => b,
        int i => i,
        long l => l,
        // ZOU: Python floats always carry a decimal point (8.0, not 8).
        double d => JsonNode.Parse(FormatFloat(d)),
        DateTime dt => FormatDateTime(dt),
        DateOnly d => FormatDate(d),
        JsonNode node => node.DeepClone(),
        IEnumerable<string> list => new JsonArray([.. list.Select(s => (JsonNode?)s)]),
        _ => JsonValue.Create(value.ToString()),
    };

    private static string FormatFloat(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "null";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
