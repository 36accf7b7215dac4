using System.Text.Json.Nodes;
using Studio.Domain.SearchFilters;

namespace Studio.Web.Api.Zou.SearchFilters;

/// <summary>
/// Zou's map of saved searches (or of their groups): <c>{list_type: {project_id: [rows]}}</c>, in the order the rows
/// come; ZOU: the searches without a production are under <c>"all"</c>.
/// </summary>
public static class SearchFilterJson
{
    public static JsonObject Map(IEnumerable<SearchFilter> filters) => Map(filters, f => f.ListType, f => f.ProjectId);

    public static JsonObject Map(IEnumerable<SearchFilterGroup> groups) => Map(groups, g => g.ListType, g => g.ProjectId);

    private static JsonObject Map<T>(IEnumerable<T> rows, Func<T, string> listType, Func<T, Guid?> project)
        where T : notnull
    {
        var result = new JsonObject();
        foreach (var byType in rows.GroupBy(listType))
        {
            var perProject = new JsonObject();
            foreach (var byProject in byType.GroupBy(r => project(r)?.ToString() ?? "all"))
            {
                perProject[byProject.Key] = new JsonArray([.. byProject.Select(r => (JsonNode?)ZouSerializer.Serialize(r))]);
            }

            result[byType.Key] = perProject;
        }

        return result;
    }
}
