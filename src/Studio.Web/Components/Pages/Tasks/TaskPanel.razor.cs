using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Studio.Web.Components.Pages.Tasks;

/// <summary>The task panel's confirmation before unassigning someone.</summary>
public partial class TaskPanel
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private async Task ConfirmUnassignAsync(Guid person)
    {
        var name = Catalog.PersonName(person);
        if (await Dialogs.ConfirmAsync("Unassign", $"{name} will no longer be assigned to this task.", "Unassign"))
        {
            await UnassignAsync(person);
        }
    }
}
