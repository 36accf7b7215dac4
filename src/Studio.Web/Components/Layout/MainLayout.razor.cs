using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Studio.Web.Components.Layout;

/// <summary>The layout's own UI state: the drawer, and the theme the person chose (remembered for them).</summary>
public partial class MainLayout
{
    private bool drawerOpen = true;
    private bool darkMode;

    /// <summary>Whether the theme just chosen is still being stored for the person (the button says so: <c>aria-busy</c>).</summary>
    private bool savingTheme;

    /// <summary>The theme the page shell read with the request, so that the first paint already has it.</summary>
    [CascadingParameter(Name = "DarkMode")]
    private bool InitialDarkMode { get; set; }

    private void ToggleDrawer() => drawerOpen = !drawerOpen;

    private string ProductionName(Guid? id) => productions.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    /// <summary>Switches the theme at once and remembers it for the person, on every browser they use.</summary>
    private async Task SetDarkModeAsync(bool dark)
    {
        darkMode = dark;
        if (actor is null)
        {
            return;
        }

        try
        {
            savingTheme = true;
            await Preferences.SetDarkThemeAsync(actor, dark, lifetime.Token);
        }
        catch (Exception e) when (UiErrors.IsRefusal(e))
        {
            Snackbar.Add("The theme could not be remembered: " + UiErrors.Message(e), Severity.Warning);
        }
        catch (OperationCanceledException e) when (lifetime.EndedBy(e))
        {
        }
        finally
        {
            savingTheme = false;
        }
    }
}
