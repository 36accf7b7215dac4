using System.Runtime.CompilerServices;
using System.Text;
using Studio.Web.Components.Models;

namespace Studio.Web.Components.Pages.Breakdown;

/// <summary>
/// The colours of the asset and shot lists as one style sheet per catalog: a class per status (its colour and a readable
/// text colour) and a class per colour of the person palette. A row names classes instead of writing colours into
/// style attributes, so a screenful of new rows brings no inline styles for the browser to parse and match. A status
/// that is not in the catalog, or whose colour is not a hex colour, has no class: its tag keeps an inline style.
/// </summary>
public sealed class GridStyles
{
    private static readonly ConditionalWeakTable<Catalog, GridStyles> Cache = [];
    private readonly Dictionary<Guid, string> statusClasses = [];

    private GridStyles(Catalog catalog)
    {
        var css = new StringBuilder();
        var n = 0;
        foreach (var status in catalog.Statuses.Values)
        {
            if (UiColors.Hex(status.Color) is { } color)
            {
                var name = $"studio-st-{n++}";
                statusClasses[status.Id] = name;
                css.Append(".studio-entities .").Append(name).Append("{background:").Append(color).Append(";color:").Append(UiColors.TextOn(color)).Append('}');
            }
        }

        for (var i = 0; i < UiColors.PersonPalette.Count; i++)
        {
            css.Append(".studio-entities .").Append(FaceClass(i)).Append("{background:").Append(UiColors.PersonPalette[i]).Append('}');
        }

        Css = css.ToString();
    }

    /// <summary>The style sheet's text: generated from hex colours only, so stored text never reaches it.</summary>
    public string Css { get; }

    public static GridStyles Of(Catalog catalog) => Cache.GetValue(catalog, c => new GridStyles(c));

    /// <summary>The class that colours this status's tag, or null when the tag needs an inline style.</summary>
    public string? StatusClass(StatusView status) =>
        statusClasses.TryGetValue(status.Id, out var name) ? name : null;

    /// <summary>The class that gives a person's initials the colour <see cref="UiColors.Of"/> gives them.</summary>
    public static string FaceClass(Guid person) => FaceClass(UiColors.PaletteIndex(person));

    private static string FaceClass(int index) => FaceClasses[index];

    private static readonly string[] FaceClasses = [.. Enumerable.Range(0, UiColors.PersonPalette.Count).Select(i => $"studio-face-c{i}")];
}
