using System.Globalization;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Web.Api.Zou.Persons;

/// <summary>The bodies of the person actions.</summary>
public static class PersonBodies
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFF", "yyyy-MM-dd"];

    /// <summary>ZOU: <c>department_id</c>, required, a UUID.</summary>
    public static Guid DepartmentId(JsonObject body) =>
        JsonBody.GetString(body, "department_id") is { } text && Guid.TryParse(text, out var id)
            ? id
            : throw ValidationException.For("department_id", body.ContainsKey("department_id") ? "Input should be a valid UUID" : "Field required");

    /// <summary>ZOU: an optional <c>date</c>, <c>2020-01-05T13:23:10</c> or <c>2020-01-05</c>, in UTC.</summary>
    public static DateTime? LoginDate(JsonObject body)
    {
        if (body["date"] is null)
        {
            return null;
        }

        return JsonBody.GetString(body, "date") is { } text
            && DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : throw ValidationException.For("date", "Value error, Wrong date format. Expected: 2020-01-05T13:23:10 or 2020-01-05");
    }
}
