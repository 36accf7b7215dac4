using MudBlazor;
using Studio.Web.Components.Shared;

namespace Studio.Web.Components;

/// <summary>The one way a destructive action asks first.</summary>
public static class Confirmations
{
    /// <summary>Shows <see cref="ConfirmDialog"/>; true when the person confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText = "Remove")
    {
        var parameters = new DialogParameters<ConfirmDialog> { { d => d.Message, message }, { d => d.ConfirmText, confirmText } };
        var options = new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
