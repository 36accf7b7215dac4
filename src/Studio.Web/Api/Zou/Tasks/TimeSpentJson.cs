using System.Globalization;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Timesheets;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Time spents in Zou's shapes, and the dates of their routes.</summary>
public static class TimeSpentJson
{
    public static JsonObject Row(TimeSpent row) => ZouSerializer.Serialize(row);

    /// <summary>ZOU: <c>{"total": minutes, "&lt;person_id&gt;": [time spents…]}</c>.</summary>
    public static JsonObject ByPerson(TaskTimeSpents spents)
    {
        var result = new JsonObject { ["total"] = spents.Total };
        foreach (var group in spents.Rows.GroupBy(t => t.PersonId))
        {
            result[group.Key?.ToString() ?? "None"] = new JsonArray([.. group.Select(t => (JsonNode)Row(t))]);
        }

        return result;
    }

    /// <summary>ZOU: a day of a route as Python's <c>strptime(date, "%Y-%m-%d")</c> reads it (month and day may have one digit).</summary>
    public static DateOnly Day(string text, string message = "Invalid date format.") =>
        DateOnly.TryParseExact(text, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new WrongParameterException(message);
}
