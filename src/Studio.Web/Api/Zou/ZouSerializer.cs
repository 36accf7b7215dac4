using System.Globalization;
using System.Text.Json.Nodes;

using Studio.Domain.Common;

namespace Studio.Web.Api.Zou;

/// <summary>
/// Zou's <c>SerializerMixin.serialize</c>: every column in model order, then <c>type</c>, then (when asked)
/// each relation as an id list. Times are ISO-8601 without microseconds nor zone, dates <c>YYYY-MM-DD</c>.
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
        }

        json["type"] = model.TypeName;
        if (relations is not null)
        {
            foreach (var relation in model.Relations)
            {
                json[relation.Name] = IdList(relations.TryGetValue(relation.Name, out var ids) ? ids : []);
            }
        }

        return json;
    }

    public static JsonArray IdList(IEnumerable<Guid> ids) => [.. ids.Select(id => (JsonNode?)id.ToString())];

    public static string FormatDateTime(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

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
