using Studio.Domain.Crud;
using Studio.Domain.Projects;
using Studio.Web.Components.Models;

namespace Studio.Web.Components.Pages.Breakdown;

/// <summary>
/// The list page's loading and UI helpers (the filters stay in the page's @code). A big list opens in two steps: every
/// row without its tasks and the first screenful's tasks, shown at once; then every task, read off the circuit.
/// </summary>
public partial class EntitiesPage
{
    /// <summary>The rows whose tasks are read first: a tall screen's rows and the list's overscan, with room to spare.</summary>
    private const int FirstScreen = 80;

    private bool restPending;
    private bool tasksPending;

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        if (restPending)
        {
            restPending = false;
            StateHasChanged();
            await ReloadAsync();
        }
    }

    protected override async Task LoadAsync()
    {
        var actor = Actor!;
        var kind = Kind;
        var shots = IsShots;
        var catalog = Catalog;
        var query = new Dictionary<string, string> { ["project_id"] = ProductionId.ToString() };
        permissions = await Team.PermissionsAsync(actor, ProductionId, Aborted);
        production = ProductionView.From(await CrudRegistry.For<Project>().GetAsync(Crud, actor, ProductionId, true, Aborted));
        if (production.IsTvShow)
        {
            episodes = [.. (await Breakdown.ListAsync(actor, "Episode", query, Aborted)).Select(e => new NamedView(e.Entity.Id, e.Entity.Name)).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];
        }

        if (shots)
        {
            sequences = SequenceView.Read(await Breakdown.ListAsync(actor, "Sequence", query, Aborted), episodes);
            sequenceChoices = SequenceView.Choices(sequences, episodeFilter);
        }
        else
        {
            var projectTypes = production.AssetTypes;
            assetTypes = [.. catalog.AssetTypes.Values.Where(t => projectTypes.Count == 0 || projectTypes.Contains(t.Id)).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
        }

        // The first load of a list (the page shows its progress bar) of more rows than a screen: the rows first, with the
        // tasks of those in view; the page then reads every task (OnParametersSetAsync). Reloads read everything at once
        // and keep the rows that did not change, so that only those that did are rendered again.
        if (Loading)
        {
            var bare = await OffCircuit(async () => EntityRow.Read(await Breakdown.WithoutTasksAsync(actor, kind, query, Aborted), shots, catalog, tasksPending: true));
            if (bare.Count > FirstScreen)
            {
                var first = Visible(bare).Take(FirstScreen).Select(r => r.Id).ToList();
                var loaded = (await OffCircuit(async () => EntityRow.Read(await Breakdown.WithTasksOfAsync(actor, kind, query, first, Aborted), shots, catalog))).ToDictionary(r => r.Id);
                SetRows([.. bare.Select(r => loaded.GetValueOrDefault(r.Id, r))]);
                restPending = true;
                return;
            }
        }

        SetRows(EntityRow.Reuse(rows, await OffCircuit(async () => EntityRow.Read(await Breakdown.WithTasksAsync(actor, kind, query, Aborted), shots, catalog))));
    }

    /// <summary>
    /// Runs a read on the thread pool. SQLite's provider runs its queries synchronously even when awaited: on the
    /// circuit, reading a big list would hold it (no event handled, nothing rendered) until the read ends.
    /// </summary>
    private Task<T> OffCircuit<T>(Func<Task<T>> read) => Task.Run(read, Aborted);

    /// <summary>The loaded rows, the columns they need and the visible rows.</summary>
    private void SetRows(List<EntityRow> loaded)
    {
        rows = loaded;
        tasksPending = rows.Any(r => r.TasksPending);

        // Columns: the production's task types for this kind, then any other type that has tasks here.
        var used = rows.SelectMany(r => r.Tasks.Keys).ToHashSet();
        var types = production!.TaskTypes;
        kindTaskTypes = [.. Catalog.TaskTypesFor(Kind).Where(t => types.Count == 0 || types.Contains(t.Id) || used.Contains(t.Id))];
        List<TaskTypeView> shown = [.. kindTaskTypes.Where(t => used.Contains(t.Id) || types.Contains(t.Id))];
        if (!shown.SequenceEqual(columns))
        {
            columns = shown;
        }

        Refresh();
    }

    /// <summary>The name a drop-down shows for its chosen id.</summary>
    private static string NameOf(IEnumerable<NamedView> choices, Guid? id) => choices.FirstOrDefault(c => c.Id == id)?.Name ?? "";
}
