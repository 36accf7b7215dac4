using System.Globalization;

namespace Studio.Web.Components.Models;

/// <summary>Time typed and shown in hours, kept in minutes (as Zou keeps a time spent).</summary>
public static class Hours
{
    /// <summary>The longest a day may hold: 24 hours.</summary>
    public const double MaxMinutes = 24 * 60;

    /// <summary>
    /// Reads hours as people type them: <c>1.5</c> or <c>1,5</c>, <c>1:30</c>, <c>1h30</c>, <c>90m</c>. Empty is no time.
    /// Null with a message when it is none of these, negative or more than a day.
    /// </summary>
    public static (double? Minutes, string? Error) Parse(string? text)
    {
        var value = (text ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (value.Length == 0)
        {
            return (0, null);
        }

        double? minutes;
        var separator = value.IndexOfAny([':', 'h']);
        if (separator >= 0)
        {
            var extra = value[(separator + 1)..].TrimEnd('m');
            minutes = Number(value[..separator]) is { } hours && (extra.Length == 0 ? 0 : Number(extra)) is { } more and < 60
                ? hours * 60 + more
                : null;
        }
        else
        {
            minutes = value.EndsWith('m') ? Number(value[..^1]) : Number(value) * 60;
        }

        return minutes switch
        {
            null => (null, $"\"{text}\" is not a time: type hours, such as 1.5 or 1:30."),
            < 0 => (null, "Time cannot be negative."),
            > MaxMinutes => (null, "A day holds 24 hours at most."),
            _ => (Math.Round(minutes.Value), null),
        };
    }

    /// <summary>Minutes as hours with up to two decimals (<c>90</c> is <c>1.5</c>); nothing for no time.</summary>
    public static string Format(double minutes) =>
        minutes == 0 ? "" : Math.Round(minutes / 60, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static double? Number(string text) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
