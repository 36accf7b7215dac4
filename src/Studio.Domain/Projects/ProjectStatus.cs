using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A status a production can be in (e.g. Open, Closed).</summary>
public class ProjectStatus : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [ZouRequired]
    public string Color { get; set; } = "";
}
