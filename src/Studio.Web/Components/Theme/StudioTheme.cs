using MudBlazor;

namespace Studio.Web.Components.Theme;

/// <summary>
/// Studio's one MudBlazor theme, after Kitsu's look: a green accent and a violet second colour, white surfaces on a
/// light grey page in light mode and Kitsu's greys in dark mode, dense type. Task statuses and task types carry their
/// own colours in the data; the chips and dots use those, not the palette.
/// </summary>
public static class StudioTheme
{
    /// <summary>Fonts found on the studio's machines: no web font is fetched (nor could be, here).</summary>
    public static readonly string[] Fonts = ["-apple-system", "BlinkMacSystemFont", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"];

    /// <summary>Dark mode's page colour, also painted by the page shell before the UI connects (no light flash).</summary>
    public const string DarkBackground = "#36393f";

    public const string DarkText = "#eeeeee";

    public static MudTheme Theme { get; } = new()
    {
        // Colours with white (light mode) or dark (dark mode) text keep WCAG AA contrast on buttons and links.
        PaletteLight = new PaletteLight
        {
            Primary = "#00853a",
            Secondary = "#6f5bd6",
            Tertiary = "#3273dc",
            Info = "#3273dc",
            Success = "#00853a",
            Warning = "#b86e00",
            Error = "#d9304f",
            Dark = "#36393f",
            Background = "#f4f5f7",
            BackgroundGray = "#eceef1",
            Surface = "#ffffff",
            AppbarBackground = "#ffffff",
            AppbarText = "#333333",
            DrawerBackground = "#ffffff",
            DrawerText = "#444444",
            DrawerIcon = "#666666",
            TextPrimary = "#2b2b2b",
            TextSecondary = "#666666",
            LinesDefault = "#e3e5e8",
            TableLines = "#e8e9ec",
            TableHover = "#f2f7f4",
            TableStriped = "#fafafa",
            Divider = "#e3e5e8",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#43d17a",
            PrimaryContrastText = "#111111",
            Secondary = "#a5a6f6",
            SecondaryContrastText = "#111111",
            Tertiary = "#6fa4ff",
            Info = "#6fa4ff",
            Success = "#43d17a",
            Warning = "#ffb74d",
            Error = "#ff6b81",
            Black = "#202225",
            Background = DarkBackground,
            BackgroundGray = "#2f3136",
            Surface = "#2f3136",
            AppbarBackground = "#202225",
            AppbarText = DarkText,
            DrawerBackground = "#2a2c31",
            DrawerText = "#dcddde",
            DrawerIcon = "#b9bbbe",
            TextPrimary = DarkText,
            TextSecondary = "#b9bbbe",
            TextDisabled = "#72767d",
            ActionDefault = "#b9bbbe",
            LinesDefault = "#44474d",
            LinesInputs = "#5d6067",
            TableLines = "#3d4046",
            TableHover = "#3a3d43",
            TableStriped = "#33363b",
            Divider = "#44474d",
            Skeleton = "#3d4046",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = ".8125rem", LineHeight = "1.4", LetterSpacing = "normal" },
            H1 = new H1Typography { FontFamily = Fonts, FontSize = "1.5rem", FontWeight = "600", LineHeight = "1.3", LetterSpacing = "normal" },
            H2 = new H2Typography { FontFamily = Fonts, FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.3", LetterSpacing = "normal" },
            H3 = new H3Typography { FontFamily = Fonts, FontSize = "1.1rem", FontWeight = "600", LineHeight = "1.3", LetterSpacing = "normal" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1rem", FontWeight = "600", LineHeight = "1.3", LetterSpacing = "normal" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.35rem", FontWeight = "600", LineHeight = "1.3", LetterSpacing = "normal" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1rem", FontWeight = "600", LineHeight = "1.4", LetterSpacing = "normal" },
            Subtitle1 = new Subtitle1Typography { FontFamily = Fonts, FontSize = ".9rem", FontWeight = "500", LineHeight = "1.4", LetterSpacing = "normal" },
            Subtitle2 = new Subtitle2Typography { FontFamily = Fonts, FontSize = ".8125rem", FontWeight = "600", LineHeight = "1.4", LetterSpacing = "normal" },
            Body1 = new Body1Typography { FontFamily = Fonts, FontSize = ".875rem", LineHeight = "1.45", LetterSpacing = "normal" },
            Body2 = new Body2Typography { FontFamily = Fonts, FontSize = ".8125rem", LineHeight = "1.4", LetterSpacing = "normal" },
            Button = new ButtonTypography { FontFamily = Fonts, FontSize = ".8125rem", FontWeight = "600", LineHeight = "1.75", LetterSpacing = "normal", TextTransform = "none" },
            Caption = new CaptionTypography { FontFamily = Fonts, FontSize = ".75rem", LineHeight = "1.4", LetterSpacing = "normal" },
            Overline = new OverlineTypography { FontFamily = Fonts, FontSize = ".7rem", FontWeight = "600", LineHeight = "1.6", LetterSpacing = ".05em" },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "4px",
            AppbarHeight = "52px",
            DrawerWidthLeft = "220px",
        },
    };
}
