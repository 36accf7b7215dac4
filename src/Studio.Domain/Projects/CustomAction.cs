using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A studio-defined action that posts the selected rows to an external URL.</summary>
public class CustomAction : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Mirrors Zou's String(400) column.")]
    public string? Url { get; set; }

    public string? EntityType { get; set; } = "all";

    public bool IsAjax { get; set; }
}
