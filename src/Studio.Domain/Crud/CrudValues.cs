using System.Globalization;
using Studio.Domain.Common;

namespace Studio.Domain.Crud;

/// <summary>Turns query-string and text values into column values, with Zou's error messages.</summary>
public static class CrudValues
{
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
