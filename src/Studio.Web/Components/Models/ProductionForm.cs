using Studio.Domain.Crud;
using Studio.Domain.Projects;

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

    /// <summary>The changes of a production's creation or update.</summary>
    public CrudChanges<Project> ToChanges()
    {
        var saved = Saved();
        return new CrudChanges<Project>()
            .Set(p => p.Name, saved.Name).Set(p => p.Code, saved.Code).Set(p => p.Description, saved.Description)
            .Set(p => p.ProductionType, saved.Type).Set(p => p.ProductionStyle, saved.Style).Set(p => p.Fps, saved.Fps)
            .Set(p => p.Ratio, saved.Ratio).Set(p => p.Resolution, saved.Resolution).Set(p => p.MaxRetakes, saved.MaxRetakes)
            .Set(p => p.StartDate, saved.StartDate).Set(p => p.EndDate, saved.EndDate);
    }

    /// <summary>Whether saving this form would store what saving <paramref name="other"/> would.</summary>
    public bool SavesAs(ProductionForm other) => Saved() == other.Saved();

    /// <summary>The values the form saves: trimmed, a blank code as none, days without their time.</summary>
    private Values Saved() => new(Name.Trim(), string.IsNullOrWhiteSpace(Code) ? null : Code.Trim(), Description, Type, Style, Fps.Trim(), Ratio,
        Resolution.Trim(), MaxRetakes, Day(StartDate), Day(EndDate));

    private static DateOnly? Day(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    private sealed record Values(string Name, string? Code, string? Description, string Type, string Style, string Fps, string Ratio, string Resolution,
        int? MaxRetakes, DateOnly? StartDate, DateOnly? EndDate);
}
