using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Web.Api.Zou.Projects;

/// <summary>Reads the one id the team route takes in its body.</summary>
public static class ProjectBody
{
    /// <summary>The id under <paramref name="key"/>: "&lt;key&gt; is missing." when it is absent or not text, "Malformed ID." when it is no UUID.</summary>
    public static Guid RequiredId(JsonObject body, string key) =>
        Ids.Parse(JsonBody.GetString(body, key) ?? throw new WrongParameterException($"{key} is missing."));
}
