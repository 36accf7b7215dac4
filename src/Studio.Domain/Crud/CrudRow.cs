using Studio.Domain.Common;

namespace Studio.Domain.Crud;

/// <summary>One row of a CRUD result, as its caller is shown it.</summary>
/// <param name="Row">The row (not tracked).</param>
/// <param name="Links">Each relation's ids, when relations were asked for; null otherwise.</param>
public sealed record CrudRow<T>(T Row, IReadOnlyDictionary<string, IReadOnlyList<Guid>>? Links)
    where T : class
{
    /// <summary>
    /// Whether the caller sees the collection's short view of the row rather than every column (a person's public
    /// fields, an organisation without its chat tokens). The collection's rules decide it.
    /// </summary>
    public bool Trimmed { get; init; }

    /// <summary>What the collection's rules add beside the columns (an entity's kind, a project's status name…).</summary>
    public CrudExtras? Extras { get; init; }

    /// <summary>A token the write issued (a new bot's), shown this once.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The ids of the relation stored in the link table <typeparamref name="TLink"/>; empty when relations were not asked for.</summary>
    public IReadOnlyList<Guid> Linked<TLink>()
    {
        var relation = ZouModel.For<T>().Relations.FirstOrDefault(r => r.LinkType == typeof(TLink))
            ?? throw new ArgumentException($"{typeof(T).Name} has no relation stored in {typeof(TLink).Name}.", nameof(TLink));
        return Links?.GetValueOrDefault(relation.Name) ?? [];
    }
}
