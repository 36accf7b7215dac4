using System.Text.Json.Nodes;
using Studio.Domain.Projects;
using Studio.Web.Api.Zou.Persons;

namespace Studio.Web.Api.Zou.Projects;

/// <summary>Zou's shapes of a production and of its team.</summary>
public static class ProjectJson
{
    /// <summary>ZOU: the settings routes answer the production's columns and <c>type</c>, without its relations.</summary>
    public static JsonObject Row(Project project) => ZouSerializer.Serialize(project);

    /// <summary>ZOU: adding to the team answers the production's columns and <c>type</c>, then the team alone of its relations.</summary>
    public static JsonObject WithTeam(ProjectWithTeam project)
    {
        var json = ZouSerializer.Serialize(project.Project);
        json["team"] = ZouSerializer.IdList(project.Team);
        return json;
    }

    /// <summary>The team's people, each as a full row or as the minimal view the domain gives the caller.</summary>
    public static JsonArray Team(ProjectTeam team) => [.. team.Members.Select(p => (JsonNode?)PersonJson.Row(p, team.MinimalView))];

    /// <summary>One of the production's settings lists (backgrounds, task statuses, status automations), as plain rows.</summary>
    public static JsonArray Rows(IEnumerable<object> rows) => [.. rows.Select(r => (JsonNode?)ZouSerializer.Serialize(r))];
}
