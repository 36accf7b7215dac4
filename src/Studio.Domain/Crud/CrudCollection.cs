using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;

namespace Studio.Domain.Crud;

/// <summary>
/// A collection of the generic <c>/data/&lt;collection&gt;</c> routes. Non-generic face of
/// <see cref="CrudCollection{T}"/>, used to list the collections.
/// </summary>
public abstract class CrudCollection(string name)
{
    /// <summary>The URL segment, e.g. <c>task-status</c>.</summary>
    public string Name { get; } = name;

    public abstract Type EntityType { get; }

    public ZouModel Model => ZouModel.For(EntityType);

    /// <summary>Event names are <c>&lt;prefix&gt;:new|update|delete</c>; the prefix is the table name with hyphens.</summary>
    public virtual string EventPrefix => TableName.Replace('_', '-');

    public string TableName { get; internal set; } = "";
}

/// <summary>
/// The rules of one collection (Zou's <c>BaseModelResource</c> subclasses). Every hook defaults to Zou's base
/// behaviour: admin only for everything. Collections override where Zou's rule for them differs.
/// </summary>
public abstract class CrudCollection<T>(string name) : CrudCollection(name)
    where T : class, IZouEntity, new()
{
    public override Type EntityType => typeof(T);

    public Task<CrudList<T>> ListAsync(CrudService service, Actor actor, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken) =>
        service.ListAsync(this, actor, query, cancellationToken);

    public Task<CrudRow<T>> GetAsync(CrudService service, Actor actor, Guid id, bool relations, CancellationToken cancellationToken) =>
        service.GetAsync(this, actor, id, relations, cancellationToken);

    public Task<CrudRow<T>> CreateAsync(CrudService service, Actor actor, CrudChanges<T> changes, CancellationToken cancellationToken) =>
        service.CreateAsync(this, actor, changes, cancellationToken);

    public Task<CrudRow<T>> UpdateAsync(CrudService service, Actor actor, Guid id, CrudChanges<T> changes, CancellationToken cancellationToken) =>
        service.UpdateAsync(this, actor, id, changes, cancellationToken);

    public Task DeleteAsync(CrudService service, Actor actor, Guid id, bool force, CancellationToken cancellationToken) =>
        service.DeleteAsync(this, actor, id, force, cancellationToken);

    /// <summary>Keys a PUT may never change (Zou strips them); <c>project_id</c> is protected on every model.</summary>
    public virtual IReadOnlySet<string> ProtectedOnUpdate { get; } = new HashSet<string>(StringComparer.Ordinal) { "id", "created_at", "updated_at", "project_id" };

    /// <summary>Keys a POST may not set: the client cannot choose the id nor the timestamps.</summary>
    public virtual IReadOnlySet<string> ProtectedOnCreate { get; } = new HashSet<string>(StringComparer.Ordinal) { "id", "created_at", "updated_at" };

    /// <summary>The most rows an unpaginated list returns (Zou caps events at 1000); null = no cap.</summary>
    public virtual int? MaxListSize => null;

    /// <summary>Filter keys refused with 400 even though they exist (secrets).</summary>
    public virtual IReadOnlySet<string> RefusedFilters(Actor actor) => ZouModel.For<T>().SensitiveNames;

    /// <summary>Checks the caller may list and narrows the query to the rows the caller may see.</summary>
    public virtual Task<IQueryable<T>> ScopeAsync(CrudContext context, IQueryable<T> query, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(context.Actor);
        return Task.FromResult(query);
    }

    /// <summary>Handles a filter Zou special-cases (e.g. tasks by episode); false when the key is an ordinary filter.</summary>
    public virtual bool TryApplySpecialFilter(CrudContext context, ref IQueryable<T> query, string key, string value, IReadOnlyDictionary<string, string> all) => false;

    /// <summary>Rewrites values the database decides on (e.g. a playlist's unknown <c>task_type_id</c> becomes none),
    /// before the columns are set; <paramref name="row"/> is null on create, the stored row on update.</summary>
    public virtual Task NormalizeAsync(CrudContext context, T? row, CrudChanges<T> changes, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task CheckReadAsync(CrudContext context, T row, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(context.Actor);
        return Task.CompletedTask;
    }

    /// <summary>Checks the caller may create <paramref name="row"/>, whose columns are already set from the body.</summary>
    public virtual Task CheckCreateAsync(CrudContext context, T row, CrudChanges<T> changes, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(context.Actor);
        return Task.CompletedTask;
    }

    /// <summary>Defaults and integrity checks on a new row, after the body's columns are set (Zou's
    /// <c>check_creation_integrity</c>); may add other rows to the context, saved in the same transaction.</summary>
    public virtual Task BeforeCreateAsync(CrudContext context, T row, CrudChanges<T> changes, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task CheckUpdateAsync(CrudContext context, T row, CrudChanges<T> changes, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(context.Actor);
        return Task.CompletedTask;
    }

    /// <summary>Rules on an updated row, after the body's columns are set (Zou's <c>pre_update</c>/<c>post_update</c>).</summary>
    public virtual Task BeforeUpdateAsync(CrudContext context, T row, CrudChanges<T> changes, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task CheckDeleteAsync(CrudContext context, T row, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(context.Actor);
        return Task.CompletedTask;
    }

    /// <summary>Removes the row and, when <paramref name="force"/> is set for the collections that allow it, what
    /// depends on it. Saved in one transaction with the event.</summary>
    public virtual Task DeleteAsync(CrudContext context, T row, bool force, CancellationToken cancellationToken)
    {
        context.Db.Remove(row);
        return Task.CompletedTask;
    }

    /// <summary>
    /// What the caller is shown of the rows a route answers with: which view of them is theirs (<see cref="CrudRow{T}.Trimmed"/>)
    /// and what the collection adds beside the columns (<see cref="CrudRow{T}.Extras"/>). One call for all the rows.
    /// </summary>
    public virtual Task<IReadOnlyList<CrudRow<T>>> DescribeAsync(CrudContext context, IReadOnlyList<CrudRow<T>> rows, CrudView view, CancellationToken cancellationToken) =>
        Task.FromResult(rows);

    /// <summary>Foreign keys whose target must be in the row's project (checked on create, and on update for the keys sent).</summary>
    public virtual IReadOnlyList<ProjectReference<T>> SameProjectReferences => [];

    /// <summary>JSON names of the columns that decide the row's project (e.g. a preview's <c>task_id</c>). When an
    /// update changes one, <see cref="CheckUpdateAsync"/> runs again on the new state, so it must have no side effect.</summary>
    public virtual IReadOnlyList<string> ProjectKeys => [];

    /// <summary>The project a row belongs to, for the same-project rules (through its task or entity when it has no column).</summary>
    public virtual Task<Guid?> ProjectOfRowAsync(CrudContext context, T row, CancellationToken cancellationToken) => Task.FromResult(ProjectOf(row));

    /// <summary>The project a row belongs to, for the event's <c>project_id</c>.</summary>
    public virtual Guid? ProjectOf(T row) =>
        typeof(T).GetProperty("ProjectId")?.GetValue(row) as Guid?;

    /// <summary>The project recorded on the delete event (none when the deleted row is the project itself).</summary>
    public virtual Guid? ProjectOfDeleted(T row) => ProjectOf(row);

    /// <summary>
    /// The project of a change's event, for rows that reach it through another row (a comment through its task);
    /// by default <see cref="ProjectOf"/>, or <see cref="ProjectOfDeleted"/> for a deletion.
    /// </summary>
    public virtual Task<Guid?> EventProjectAsync(CrudContext context, T row, string action, CancellationToken cancellationToken) =>
        Task.FromResult(action == "delete" ? ProjectOfDeleted(row) : ProjectOf(row));

    /// <summary>The event name for a change of <paramref name="row"/> (<c>new</c>, <c>update</c>, <c>delete</c>).</summary>
    public virtual Task<string> EventNameAsync(CrudContext context, T row, string action, CancellationToken cancellationToken) =>
        Task.FromResult($"{EventPrefix}:{action}");

    /// <summary>The event data: <c>{&lt;table&gt;_id: id}</c>.</summary>
    public virtual EventData EventPayload(T row) => new() { [TableName + "_id"] = row.Id.ToString() };

    /// <summary>The event data when it needs the database (an entity's key is named after its kind).</summary>
    public virtual Task<EventData> EventPayloadAsync(CrudContext context, T row, CancellationToken cancellationToken) => Task.FromResult(EventPayload(row));
}
