using System.Globalization;
using Studio.Domain.Breakdown;
using Studio.Domain.Crud;
using Studio.Domain.Tasks;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Reads the filters of <c>GET /data/user/notifications</c> from the query string.</summary>
public static class NotificationQuery
{
    /// <summary>
    /// <c>after</c>, <c>before</c> (times, read as UTC), <c>type</c>, <c>read</c>, <c>task_type_id</c>,
    /// <c>task_status_id</c> and <c>watching</c>. A time or a flag that does not read is ignored; a malformed id is a
    /// 400 naming its key.
    /// </summary>
    public static NotificationFilter Parse(HttpRequest request)
    {
        var query = JsonBody.Query(request);
        return new NotificationFilter(
            Time(query, "after"),
            Time(query, "before"),
            query.GetValueOrDefault("type"),
            query.TryGetValue("read", out var read) ? CrudValues.ParseBool(read) : null,
            EntityScope.IdOf(query, "task_type_id"),
            EntityScope.IdOf(query, "task_status_id"),
            query.TryGetValue("watching", out var watching) ? CrudValues.ParseBool(watching) : null);
    }

    private static DateTime? Time(IReadOnlyDictionary<string, string> query, string key) =>
        query.TryGetValue(key, out var text) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
}
