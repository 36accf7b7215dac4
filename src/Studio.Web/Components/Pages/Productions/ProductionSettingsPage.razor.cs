using Microsoft.AspNetCore.Components;
using MudBlazor;
using Studio.Web.Components.Models;

namespace Studio.Web.Components.Pages.Productions;

/// <summary>The settings page's UI helpers: the team's person search and the confirmation before removing someone.</summary>
public partial class ProductionSettingsPage
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private Task<IEnumerable<Guid?>> SearchCandidates(string? text, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<Guid?>>([.. Candidates
            .Where(p => string.IsNullOrWhiteSpace(text) || p.FullName.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.FullName, StringComparer.OrdinalIgnoreCase)
            .Select(p => (Guid?)p.Id)]);

    private string PersonName(Guid? id) => id is { } person ? Catalog.PersonName(person) : "";

    private async Task ConfirmRemoveMemberAsync(PersonView person)
    {
        if (await Dialogs.ConfirmAsync("Remove from the team", $"{person.FullName} will no longer see this production nor be assigned its tasks.", "Remove"))
        {
            await RemoveMemberAsync(person.Id);
        }
    }
}
