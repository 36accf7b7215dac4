using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Crud;

/// <summary>Turns JSON body values and query-string values into column values, with Zou's error messages.</summary>
public static class CrudValues
{
    /// <summary>
    /// Converts a JSON body value for <paramref name="column"/>; throws a 400 on a wrong type. ZOU: a null for a column
    /// the database keeps NOT NULL (a required column, or a value type such as a flag or a count) is the database's
    /// not-null error, on a creation and on an update alike.
    /// </summary>
    public static object? FromJson(ZouColumn column, JsonNode? node)
    {
        var type = column.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = !type.IsValueType || underlying != type;
        if (node is null)
        {
            if (column.IsRequired || (!nullable && type != typeof(string)))
            {
                throw new IntegrityException(Persistence.DatabaseErrors.NotNull);
            }

            return null;
        }

        if (underlying == typeof(JsonNode))
        {
            return node.DeepClone();
        }

        if (underlying == typeof(List<string>))
        {
            if (node is not JsonArray array)
            {
                throw new IntegrityException(Persistence.DatabaseErrors.Format);
            }

            return array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var s) ? s : item?.ToJsonString()).OfType<string>().ToList();
        }

        if (node is not JsonValue value)
        {
            throw new IntegrityException(Persistence.DatabaseErrors.Format);
        }

        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        if (underlying == typeof(string))
        {
            return text;
        }

        if (underlying == typeof(bool) && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        if (underlying == typeof(DateTime) || underlying == typeof(DateOnly))
        {
            return ParseDate(underlying, column.JsonName, text);
        }

        return FromText(underlying, text) ?? throw new IntegrityException(Persistence.DatabaseErrors.Format);
    }

    /// <summary>Parses a query-string or text value into <paramref name="type"/>; null when it does not parse.</summary>
    public static object? FromText(Type type, string text)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var invariant = CultureInfo.InvariantCulture;
        return underlying switch
        {
            _ when underlying == typeof(string) => text,
            _ when underlying == typeof(Guid) => Guid.TryParse(text, out var g) ? g : null,
            _ when underlying == typeof(bool) => ParseBool(text),
            _ when underlying == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? i : null,
            _ when underlying == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? l : null,
            _ when underlying == typeof(double) => double.TryParse(text, NumberStyles.Float, invariant, out var d) ? d : null,
            _ when underlying == typeof(DateTime) => TryParseDateTime(text, out var dt) ? dt : null,
            _ when underlying == typeof(DateOnly) => TryParseDateTime(text, out var day) ? DateOnly.FromDateTime(day) : null,
            _ => null,
        };
    }

    /// <summary>Python's <c>strtobool</c>, which Zou uses for boolean filters (gazu sends <c>True</c>/<c>False</c>).</summary>
    public static bool? ParseBool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "y" or "yes" or "t" or "true" or "on" or "1" => true,
        "n" or "no" or "f" or "false" or "off" or "0" => false,
        _ => null,
    };

    public static object ParseDate(Type type, string key, string text)
    {
        if (!TryParseDateTime(text, out var value))
        {
            throw new WrongParameterException(
                $"Invalid date format for '{key}': '{text}'. Expected an ISO 8601 date or datetime.");
        }

        return type == typeof(DateOnly) ? DateOnly.FromDateTime(value) : value;
    }

    private static bool TryParseDateTime(string text, out DateTime value)
    {
        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss",
            "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm"];
        return DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, styles, out value);
    }
}
