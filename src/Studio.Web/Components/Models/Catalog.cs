using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persons;
using Studio.Domain.Settings;

namespace Studio.Web.Components.Models;

/// <summary>The studio's reference data as one signed-in person may read it: statuses, task types, people, asset types, departments.</summary>
public sealed class Catalog
{
    public required IReadOnlyDictionary<Guid, StatusView> Statuses { get; init; }

    public required IReadOnlyDictionary<Guid, TaskTypeView> TaskTypes { get; init; }

    public required IReadOnlyDictionary<Guid, PersonView> Persons { get; init; }

    public required IReadOnlyDictionary<Guid, NamedView> AssetTypes { get; init; }

    public required IReadOnlyDictionary<Guid, NamedView> Departments { get; init; }

    /// <summary>The organisation's working day (Zou's <c>hours_by_day</c>): estimations and durations are minutes, shown in days.</summary>
    public double HoursByDay { get; init; } = 8;

    public double MinutesPerDay => HoursByDay * 60;

    public StatusView Status(Guid? id) => id is { } s && Statuses.TryGetValue(s, out var found) ? found : StatusView.Unknown;

    public PersonView? Person(Guid? id) => id is { } p && Persons.TryGetValue(p, out var found) ? found : null;

    public string PersonName(Guid? id) => Person(id)?.FullName ?? "Someone";

    public IEnumerable<StatusView> OrderedStatuses => Statuses.Values.OrderBy(s => s.Priority).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<TaskTypeView> TaskTypesFor(string kind) =>
        TaskTypes.Values.Where(t => string.Equals(t.ForEntity, kind, StringComparison.OrdinalIgnoreCase)).OrderBy(t => t.Priority).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<PersonView> ActivePersons => Persons.Values.Where(p => p.Active).OrderBy(p => p.FullName, StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// Loads <see cref="Catalog"/> through the same CRUD rules as the API, once per circuit, and forgets it when the
/// reference data changes (a new status, task type, person…). The load is shared by the circuit's components, so
/// it runs for as long as the circuit does, not for as long as the page that started it; a page that goes only stops
/// waiting for it.
/// </summary>
public sealed class CatalogCache : IDisposable
{
    private static readonly string[] Watched = ["task-status:", "task-type:", "person:", "asset-type:", "department:", "entity-type:", "organisation:"];
    private readonly CrudService crud;
    private readonly IDisposable subscription;
    private readonly ComponentLifetime lifetime = new();
    private Task<Catalog>? current;

    public CatalogCache(CrudService crud, EventPublisher events)
    {
        this.crud = crud;
        subscription = events.Subscribe(e =>
        {
            if (Watched.Any(w => e.Name.StartsWith(w, StringComparison.Ordinal)))
            {
                current = null;
            }
        });
    }

    /// <summary>The catalog, loaded once; <paramref name="cancellationToken"/> ends the caller's wait, not the shared load.</summary>
    public Task<Catalog> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        var loading = current;
        if (loading is null || loading.IsFaulted || loading.IsCanceled)
        {
            current = loading = LoadAsync(actor, lifetime.Token);
        }

        return loading.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        subscription.Dispose();
        lifetime.Dispose();
    }

    private async Task<Catalog> LoadAsync(Actor actor, CancellationToken cancellationToken)
    {
        var none = new Dictionary<string, string>();
        async Task<IEnumerable<CrudRow<TEntity>>> List<TEntity>()
            where TEntity : class, IZouEntity, new() =>
            (await CrudRegistry.For<TEntity>().ListAsync(crud, actor, none, cancellationToken)).Rows;
        var statuses = (await List<ProductionTaskStatus>()).Select(s => StatusView.From(s.Row)).ToDictionary(s => s.Id);
        var types = (await List<TaskType>()).Select(t => TaskTypeView.From(t.Row)).ToDictionary(t => t.Id);
        var persons = (await List<Person>()).Select(PersonView.From).ToDictionary(p => p.Id);
        var assetTypes = (await List<EntityType>()).Select(t => t.Row).Where(t => !EntityKinds.Temporal.Contains(t.Name))
            .Select(t => new NamedView(t.Id, t.Name)).ToDictionary(t => t.Id);
        var departments = (await List<Department>()).Select(d => new NamedView(d.Row.Id, d.Row.Name, d.Row.Color)).ToDictionary(d => d.Id);
        var hours = (await List<Organisation>()).Select(o => o.Row.HoursByDay).FirstOrDefault(h => h > 0, 8);
        return new Catalog { Statuses = statuses, TaskTypes = types, Persons = persons, AssetTypes = assetTypes, Departments = departments, HoursByDay = hours };
    }
}
