using Studio.Domain.Common;

namespace Studio.Domain.Plugins;

/// <summary>An installed server plugin and its manifest.</summary>
public class Plugin : ZouEntity
{
    public string PluginId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string Version { get; set; } = "";

    public string MaintainerName { get; set; } = "";

    public string? MaintainerEmail { get; set; }

    public string? Website { get; set; }

    public string License { get; set; } = "";

    public string? Revision { get; set; }

    public bool FrontendProjectEnabled { get; set; }

    public bool FrontendStudioEnabled { get; set; }

    public string? Icon { get; set; }
}
