using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Web.Components.Models;

namespace Studio.Web.Components.Pages.Productions;

/// <summary>The settings page's confirmation before removing someone from the team.</summary>
public partial class ProductionSettingsPage
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private async Task ConfirmRemoveMemberAsync(PersonView person)
    {
        if (await Dialogs.ConfirmAsync("Remove from the team", $"{person.FullName} will no longer see this production nor be assigned its tasks.", "Remove"))
        {
            await RemoveMemberAsync(person.Id);
        }
    }
}
