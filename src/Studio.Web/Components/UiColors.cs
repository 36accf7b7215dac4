using System.Globalization;

namespace Studio.Web.Components;

/// <summary>Colour helpers of the UI: readable text on a status colour, a stable colour per person.</summary>
public static class UiColors
{
    private static readonly string[] Palette = ["#5c6bc0", "#26a69a", "#ef6c00", "#8e24aa", "#00897b", "#6d4c41", "#c2185b", "#3949ab", "#7cb342", "#f4511e"];

    /// <summary>Black on light colours, white on dark ones (relative luminance of the hex colour, WCAG's formula).</summary>
    public static string TextOn(string? color)
    {
        if (!TryParse(color, out var r, out var g, out var b))
        {
            return "#111111";
        }

        static double Channel(int c)
        {
            var s = c / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
        return luminance > 0.35 ? "#111111" : "#ffffff";
    }

    /// <summary>The same colour for the same person on every screen.</summary>
    public static string Of(Guid id) => Palette[PaletteIndex(id)];

    /// <summary>Where <see cref="Of"/>'s colour sits in <see cref="PersonPalette"/>.</summary>
    public static int PaletteIndex(Guid id) => (int)((uint)id.GetHashCode() % (uint)Palette.Length);

    /// <summary>The colours <see cref="Of"/> gives people.</summary>
    public static IReadOnlyList<string> PersonPalette => Palette;

    /// <summary>
    /// The colour as <c>#rrggbb</c>, or null when it is not a hex colour: only such a colour may be written into a
    /// style sheet (a stored colour is free text).
    /// </summary>
    public static string? Hex(string? color) =>
        TryParse(color, out var r, out var g, out var b) ? string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}") : null;

    private static bool TryParse(string? color, out int r, out int g, out int b)
    {
        r = g = b = 0;
        var hex = color?.TrimStart('#') ?? "";
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        return hex.Length == 6
            && int.TryParse(hex.AsSpan(0, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out r)
            && int.TryParse(hex.AsSpan(2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out g)
            && int.TryParse(hex.AsSpan(4, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out b);
    }
}
