using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Studio.Web.Components.Pages.Tasks;

/// <summary>The task panel's UI helpers: the assignee search and the confirmation before unassigning someone.</summary>
public partial class TaskPanel
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private Task<IEnumerable<Guid?>> SearchAssignable(string? text, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<Guid?>>([.. Assignable
            .Where(p => string.IsNullOrWhiteSpace(text) || p.FullName.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.FullName, StringComparer.OrdinalIgnoreCase)
            .Select(p => (Guid?)p.Id)]);

    private string PersonName(Guid? id) => id is { } person ? Catalog.PersonName(person) : "";

    private async Task ConfirmUnassignAsync(Guid person)
    {
        var name = Catalog.PersonName(person);
        if (await Dialogs.ConfirmAsync("Unassign", $"{name} will no longer be assigned to this task.", "Unassign"))
        {
            await UnassignAsync(person);
        }
    }
}
