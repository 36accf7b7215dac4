using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Domain.Projects;
using Studio.Web.Components.Models;

namespace Studio.Web.Components.Pages.Productions;

/// <summary>
/// The team as the person sees it changed (a confirmation before removing someone, a snackbar with the result), and the
/// settings lists saved through the production's settings rules.
/// </summary>
public partial class ProductionSettingsPage
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ProjectSettingsService Settings { get; set; } = default!;

    /// <summary>Makes one settings list the ticked set, by the rules of the API's settings routes (the same domain service).</summary>
    private async Task SaveListAsync(ProjectSettingsList list, HashSet<Guid> ids)
    {
        saved = null;
        if (await RunAsync(() => Settings.ReplaceAsync(Actor!, ProductionId, list, ids, Aborted)))
        {
            await ReloadAsync();
            saved = "Saved.";
        }
    }

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
