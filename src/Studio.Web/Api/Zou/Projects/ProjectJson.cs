using System.Text.Json.Nodes;
using Studio.Domain.Projects;
using Studio.Web.Api.Zou.Persons;

namespace Studio.Web.Api.Zou.Projects;

/// <summary>Zou's shapes of a production and of its team.</summary>
public static class ProjectJson
{
    /// <summary>The production's columns, <c>type</c>, then each relation's ids.</summary>
    public static JsonObject WithLinks(ProjectWithLinks project) => ZouSerializer.Serialize(project.Project, project.Links);

    /// <summary>ZOU: adding to the team answers the production's columns and <c>type</c>, then the team alone of its relations.</summary>
    public static JsonObject WithTeam(ProjectWithTeam project)
    {
        var json = ZouSerializer.Serialize(project.Project);
        json["team"] = ZouSerializer.IdList(project.Team);
        return json;
    }

    /// <summary>The team's people, each as a full row or as the minimal view the domain gives the caller.</summary>
    public static JsonArray Team(ProjectTeam team) => [.. team.Members.Select(p => (JsonNode?)PersonJson.Row(p, team.MinimalView))];

    /// <summary>The production's preview backgrounds, as rows.</summary>
    public static JsonArray Backgrounds(IEnumerable<PreviewBackgroundFile> backgrounds) => [.. backgrounds.Select(b => (JsonNode?)ZouSerializer.Serialize(b))];
}
