using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Studio.Web.Components.Pages.Tasks;

/// <summary>The task type page's bulk actions as the person sees them: a confirmation before unassigning, a snackbar with the result.</summary>
public partial class TaskTypePage
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string SelectionText(int count) => $"{count} {type?.Name ?? ""} task{(count == 1 ? "" : "s")}";

    private async Task AssignSelectionAsync()
    {
        var (count, person) = (selected.Count, bulkPerson);
        await BulkAsyncSaying(BulkAssignAsync, $"{SelectionText(count)} assigned to {(person is { } p ? Catalog.PersonName(p) : "")}.");
    }

    private async Task ChangeSelectionStatusAsync()
    {
        var (count, status) = (selected.Count, bulkStatus);
        await BulkAsyncSaying(BulkStatusAsync, $"{SelectionText(count)} moved to {(status is { } s ? Catalog.Status(s).Name : "")}.");
    }

    private async Task ConfirmBulkUnassignAsync()
    {
        var count = selected.Count;
        if (await Dialogs.ConfirmAsync("Unassign everyone", $"Everyone assigned to the {SelectionText(count)} selected will be unassigned.", "Unassign"))
        {
            await BulkAsyncSaying(BulkUnassignAsync, $"{SelectionText(count)} unassigned.");
        }
    }

    /// <summary>Runs a bulk action and, when the page shows no refusal after it, says what it did.</summary>
    private async Task BulkAsyncSaying(Func<Task> action, string done)
    {
        await action();
        if (Error is null)
        {
            Snackbar.Add(done, Severity.Success);
        }
    }
}
