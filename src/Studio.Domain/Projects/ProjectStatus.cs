using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A status a production can be in (e.g. Open, Closed).</summary>
public class ProjectStatus : ZouEntity
{
    public string Name { get; set; } = "";

    public string Color { get; set; } = "";
}
