using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Web.Components.Models;

namespace Studio.Web.Components.Pages.Productions;

/// <summary>The team as the person sees it changed: a confirmation before removing someone, a snackbar with the result.</summary>
public partial class ProductionSettingsPage
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private async Task AddMemberSayingAsync()
    {
        var name = newMember is { } person ? Catalog.PersonName(person) : null;
        await AddMemberAsync();
        if (name is not null && Error is null)
        {
            Snackbar.Add($"{name} joined the team.", Severity.Success);
        }
    }

    private async Task ConfirmRemoveMemberAsync(PersonView person)
    {
        if (await Dialogs.ConfirmAsync("Remove from the team", $"{person.FullName} will no longer see this production nor be assigned its tasks.", "Remove"))
        {
            await RemoveMemberAsync(person.Id);
            if (Error is null)
            {
                Snackbar.Add($"{person.FullName} left the team.", Severity.Success);
            }
        }
    }
}
