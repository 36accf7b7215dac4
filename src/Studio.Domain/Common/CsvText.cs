using System.Text;

namespace Studio.Domain.Common;

/// <summary>
/// CSV as Kitsu writes and spreadsheets read it: fields separated by semicolons, lines ended by CRLF, and a field that
/// holds a semicolon, a quote or a line break put in quotes (its quotes doubled).
/// </summary>
public static class CsvText
{
    public static string Write(IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(';', row.Select(Field)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
