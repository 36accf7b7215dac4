using System.Text.Json.Nodes;

namespace Studio.Web.Components.Models;

public sealed record Choice(string Value, string Text);

/// <summary>A production's parameters as the creation form and the settings page edit them.</summary>
public sealed class ProductionForm
{
    public static readonly IReadOnlyList<Choice> Types =
        [new("short", "Short"), new("featurefilm", "Feature film"), new("tvshow", "TV show"), new("shots", "Only shots"), new("assets", "Only assets")];

    // The values of Zou's PROJECT_STYLES.
    public static readonly IReadOnlyList<Choice> Styles =
        [new("2d", "2D"), new("2dpaper", "2D paper"), new("3d", "3D"), new("2d3d", "2D/3D"), new("stop-motion", "Stop motion"), new("vfx", "VFX"),
         new("motion-design", "Motion design"), new("commercial", "Commercial"), new("catalog", "Catalog"), new("ar", "AR"), new("vr", "VR"),
         new("nft", "NFT"), new("video-game", "Video game"), new("immersive", "Immersive"), new("archviz", "Archviz")];

    public static readonly IReadOnlyList<string> Ratios = ["16:9", "4:3", "1.85:1", "2.35:1", "2.39:1", "1:1", "9:16"];

    public string Name { get; set; } = "";

    public string? Code { get; set; }

    public string? Description { get; set; }

    public string Type { get; set; } = "short";

    public string Style { get; set; } = "2d3d";

    public string Fps { get; set; } = "25";

    public string Ratio { get; set; } = "16:9";

    public string Resolution { get; set; } = "1920x1080";

    public int MaxRetakes { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }

    public static ProductionForm From(ProductionView p) => new()
    {
        Name = p.Name, Code = p.Code, Description = p.Description, Type = p.Type, Style = p.Style, Fps = p.Fps, Ratio = p.Ratio, Resolution = p.Resolution,
        MaxRetakes = p.MaxRetakes, StartDate = p.StartDate, EndDate = p.EndDate,
    };

    /// <summary>The body of <c>POST</c> or <c>PUT /data/projects</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["name"] = Name.Trim(),
        ["code"] = string.IsNullOrWhiteSpace(Code) ? null : Code.Trim(),
        ["description"] = Description,
        ["production_type"] = Type,
        ["production_style"] = Style,
        ["fps"] = Fps.Trim(),
        ["ratio"] = Ratio,
        ["resolution"] = Resolution.Trim(),
        ["max_retakes"] = MaxRetakes,
        ["start_date"] = Zou.DateOnlyText(StartDate),
        ["end_date"] = Zou.DateOnlyText(EndDate),
    };
}
