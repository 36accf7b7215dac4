using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Studio.Web.Components.Pages.Tasks;

/// <summary>The task type page's confirmation before unassigning a selection.</summary>
public partial class TaskTypePage
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private async Task ConfirmBulkUnassignAsync()
    {
        var count = selected.Count;
        if (await Dialogs.ConfirmAsync("Unassign everyone", $"Everyone assigned to the {count} selected task{(count == 1 ? "" : "s")} will be unassigned.", "Unassign"))
        {
            await BulkUnassignAsync();
        }
    }
}
