using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Studio.Web.Components.Pages.Tasks;

/// <summary>The task type page's UI helpers: the people search of the bulk bar, status names, and the confirmation before unassigning.</summary>
public partial class TaskTypePage
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private Task<IEnumerable<Guid?>> SearchPeople(string? text, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<Guid?>>([.. Catalog.ActivePersons
            .Where(p => string.IsNullOrWhiteSpace(text) || p.FullName.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.FullName, StringComparer.OrdinalIgnoreCase)
            .Select(p => (Guid?)p.Id)]);

    private string PersonName(Guid? id) => id is { } person ? Catalog.PersonName(person) : "";

    private string StatusName(Guid? id) => id is { } status ? Catalog.Status(status).Name : "";

    private async Task ConfirmBulkUnassignAsync()
    {
        var count = selected.Count;
        if (await Dialogs.ConfirmAsync("Unassign everyone", $"Everyone assigned to the {count} selected task{(count == 1 ? "" : "s")} will be unassigned.", "Unassign"))
        {
            await BulkUnassignAsync();
        }
    }
}
