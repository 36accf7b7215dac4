using System.Globalization;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Timesheets;

namespace Studio.Web.Api.Zou.Timesheets;

/// <summary>Timesheets in Zou's shapes: time tables, a person's time per task, rows of time spents and days off, and the numbers of their routes.</summary>
public static class TimesheetJson
{
    /// <summary>ZOU: <c>{"&lt;unit&gt;": {"&lt;person_id&gt;": minutes}}</c>, units as strings (years, months, ISO weeks or days).</summary>
    public static JsonObject Table(TimeTable table)
    {
        var result = new JsonObject();
        foreach (var (unit, people) in table.Units)
        {
            var row = new JsonObject();
            foreach (var (person, minutes) in people)
            {
                row[person.ToString()] = minutes;
            }

            result[unit.ToString(CultureInfo.InvariantCulture)] = row;
        }

        return result;
    }

    /// <summary>ZOU: one object per task with the minutes logged on it and the names a timesheet shows.</summary>
    public static JsonArray Totals(IReadOnlyList<TaskTimeTotal> totals) =>
    [
        .. totals.Select(t => (JsonNode)new JsonObject
        {
            ["task_id"] = t.TaskId.ToString(),
            ["task_type_id"] = t.TaskTypeId?.ToString(),
            ["project_id"] = t.ProjectId?.ToString(),
            ["project_name"] = t.ProjectName,
            ["entity_name"] = t.EntityName,
            ["entity_type_name"] = t.EntityTypeName,
            ["sequence_name"] = t.SequenceName,
            ["episode_name"] = t.EpisodeName,
            ["duration"] = t.Duration,
        }),
    ];

    /// <summary>ZOU: a day off, or <c>{}</c> when there is none.</summary>
    public static JsonObject DayOffOrEmpty(DayOff? dayOff) => dayOff is null ? [] : ZouSerializer.Serialize(dayOff);

    /// <summary>A number of a route (a year, month, week or day), or Zou's 400 when it is none.</summary>
    public static int Number(string text, string message = "Invalid month or year.") =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw new WrongParameterException(message);

    /// <summary>ZOU: the <c>start_date</c> and <c>end_date</c> of a range (<c>YYYY-MM-DD</c>; the domain says whether both are needed).</summary>
    public static (DateOnly? Start, DateOnly? End) QueryRange(HttpRequest request)
    {
        const string message = "Wrong date format for start_date and/or end_date";
        return (QueryDay(request, "start_date", message), QueryDay(request, "end_date", message));
    }

    /// <summary>A day in a query string, <c>YYYY-MM-DD</c>, or null when absent.</summary>
    public static DateOnly? QueryDay(HttpRequest request, string key, string message) =>
        request.Query[key].FirstOrDefault() is { Length: > 0 } text
            ? DateOnly.TryParseExact(text, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new WrongParameterException(message)
            : null;

    private static readonly BodySchema DayOffSchema = new BodySchema().Field("end_date", BodyField.Text).Field("description", BodyField.Text);

    private static readonly BodySchema TimeSpentSchema = new BodySchema()
        .Field("task_id", BodyField.Name, required: true).Field("date", BodyField.Name, required: true).Field("duration", BodyField.Number, required: true);

    /// <summary>The end (<c>end_date</c>, the same day when absent) and reason (<c>description</c>) of a day off set on a date.</summary>
    public static async Task<(DateOnly? EndDate, string? Description)> ReadDayOffAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadOptionalObjectAsync(request, cancellationToken);
        DayOffSchema.Validate(body);
        var end = JsonBody.GetString(body, "end_date") is { Length: > 0 } text ? Tasks.TimeSpentJson.Day(text, "Wrong date format for end_date.") : (DateOnly?)null;
        return (end, JsonBody.GetString(body, "description"));
    }

    /// <summary>A time spent to log: <c>{"task_id", "date": "YYYY-MM-DD", "duration": minutes}</c>.</summary>
    public static async Task<(Guid TaskId, DateOnly Date, double Minutes)> ReadTimeSpentAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        TimeSpentSchema.Validate(body);
        var task = Guid.TryParse(JsonBody.GetString(body, "task_id"), out var id) ? id : throw new WrongParameterException("Malformed ID.");
        return (task, Tasks.TimeSpentJson.Day(JsonBody.GetString(body, "date")!), body["duration"]!.GetValue<double>());
    }
}
