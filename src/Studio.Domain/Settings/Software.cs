using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Settings;

/// <summary>A software used by the studio, with its file extensions and licence costs.</summary>
public class Software : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [ZouRequired]
    public string ShortName { get; set; } = "";

    public bool Archived { get; set; }

    public string? Version { get; set; }

    [ZouRequired]
    public string FileExtension { get; set; } = "";

    public JsonNode? SecondaryExtensions { get; set; }

    public int? MonthlyCost { get; set; } = 0;

    public int? InventoryAmount { get; set; } = 0;
}
