using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Studio.Web.Components.Pages.Breakdown;

/// <summary>The casting page's confirmation before taking an asset out of shots.</summary>
public partial class CastingPage
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private async Task ConfirmThenAsync(string title, string message, Func<Task> remove)
    {
        if (await Dialogs.ConfirmAsync(title, message))
        {
            await remove();
        }
    }
}
