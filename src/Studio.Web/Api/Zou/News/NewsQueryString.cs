using System.Globalization;
using Studio.Domain.Common;
using Studio.Domain.Events;

namespace Studio.Web.Api.Zou.News;

/// <summary>Reads a news feed's query string: ids, a flag, dates and paging, each malformed one answered with Zou's 400.</summary>
public static class NewsQueryString
{
    /// <summary>
    /// The feed's filters (of a repeated key, the last value counts); <paramref name="projectId"/> is the route's production, else the query's <c>project_id</c>
    /// (which a production's own route does not read).
    /// </summary>
    public static NewsQuery Read(HttpRequest request, Guid? projectId)
    {
        var query = JsonBody.Query(request);
        projectId ??= Id(query, "project_id");
        var onlyPreview = query.TryGetValue("only_preview", out var flag) && Studio.Domain.Crud.CrudValues.ParseBool(flag) == true;
        return new NewsQuery(projectId, onlyPreview, Id(query, "task_type_id"), Id(query, "task_status_id"), Id(query, "person_id"),
            Id(query, "episode_id"), Date(query, "after"), Date(query, "before"), Int(query, "page"), Int(query, "limit"));
    }

    private static Guid? Id(IReadOnlyDictionary<string, string> query, string key) =>
        !query.TryGetValue(key, out var text) || string.IsNullOrEmpty(text) ? null
            : Guid.TryParse(text, out var id) ? id : throw new WrongParameterException($"Invalid {key}.");

    private static int? Int(IReadOnlyDictionary<string, string> query, string key) =>
        !query.TryGetValue(key, out var text) ? null
            : int.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : throw new WrongParameterException($"{key} must be an integer.");

    private static DateTime? Date(IReadOnlyDictionary<string, string> query, string key) =>
        !query.TryGetValue(key, out var text) || text.Length == 0 ? null
            : DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
                ? value : throw new WrongParameterException($"Invalid date format for '{key}': '{text}'.");
}
