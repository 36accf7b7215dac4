using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Crud;

/// <summary>
/// What a create or update of a collection's row sends, typed: the keys in the order they were sent, each with its
/// value already of its column's .NET type, the id list of a relation, or the refusal of a value that cannot be
/// stored. The API reads Zou's body into one; the UI builds one with the typed setters. A collection's rules see which
/// keys were sent (Zou's permission rules depend on them) and may rewrite a value before the row takes it.
/// </summary>
public sealed class CrudChanges<T> : IEnumerable<CrudChange>
    where T : class
{
    private readonly List<CrudChange> changes = [];

    /// <summary>The keys sent, in order.</summary>
    public IEnumerable<string> Keys => changes.Select(c => c.Key);

    public bool Contains(string key) => Find(key) is not null;

    /// <summary>Sets a column named by its property: <c>Set(p =&gt; p.Name, "Hero")</c>.</summary>
    public CrudChanges<T> Set<TValue>(Expression<Func<T, TValue>> column, TValue value) => Set(ColumnName(column), value);

    /// <summary>Sets the ids of the relation stored in the link table <typeparamref name="TLink"/>.</summary>
    public CrudChanges<T> Link<TLink>(IEnumerable<Guid> ids) => Link(RelationName(typeof(TLink)), ids);

    /// <summary>Sets the value of a key.</summary>
    public CrudChanges<T> Set(string key, object? value) => Set(new CrudChange(key, value));

    /// <summary>Sets the ids of the relation named <paramref name="key"/>.</summary>
    public CrudChanges<T> Link(string key, IEnumerable<Guid> ids) => Set(new CrudChange(key, null, [.. ids]));

    /// <summary>Sets one key as read from a body (replacing a key already sent, in its place).</summary>
    public CrudChanges<T> Set(CrudChange change)
    {
        var index = changes.FindIndex(c => c.Key == change.Key);
        if (index < 0)
        {
            changes.Add(change);
        }
        else
        {
            changes[index] = change;
        }

        return this;
    }

    /// <summary>The value sent for <paramref name="key"/> when it was sent as a <typeparamref name="TValue"/> (not null, not refused).</summary>
    public bool TryGetValue<TValue>(string key, [MaybeNullWhen(false)] out TValue value)
    {
        if (Find(key) is { Error: null, Value: TValue typed })
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The value sent for <paramref name="key"/> (null when not sent); the refusal of a value that cannot be stored is raised.</summary>
    public object? ValueOf(string key) => Find(key)?.ValueOrThrow();

    /// <summary>The ids sent for the relation <paramref name="key"/>; null when it was not sent.</summary>
    public IReadOnlyList<Guid>? IdsOf(string key) => Find(key) is { } change ? change.Ids ?? [] : null;

    public IEnumerator<CrudChange> GetEnumerator() => changes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// ZOU: a PUT of <c>data</c> (entities, tasks) is merged, one level deep, into the stored data instead of replacing
    /// it; anything else than two objects is stored as sent.
    /// </summary>
    internal void MergeData(JsonNode? stored)
    {
        if (TryGetValue<JsonObject>("data", out var incoming) && stored is JsonObject)
        {
            Set("data", JsonData.MergedCopy(stored, incoming));
        }
    }

    private CrudChange? Find(string key) => changes.Find(c => c.Key == key);

    private static string ColumnName<TValue>(Expression<Func<T, TValue>> column)
    {
        var body = column.Body is UnaryExpression convert ? convert.Operand : column.Body;
        return body is MemberExpression { Member: PropertyInfo property }
            ? ZouModel.JsonName(property)
            : throw new ArgumentException("Name a column by its property, as in p => p.Name.", nameof(column));
    }

    private static string RelationName(Type link) =>
        ZouModel.For<T>().Relations.FirstOrDefault(r => r.LinkType == link)?.Name
            ?? throw new ArgumentException($"{typeof(T).Name} has no relation stored in {link.Name}.", nameof(link));
}
