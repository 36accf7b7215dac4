using Studio.Domain.Common;

namespace Studio.Domain.Crud;

/// <summary>One key of a create or update body of a collection's row.</summary>
/// <param name="Key">The key as sent: a column, a relation, or another key a collection's rules read.</param>
/// <param name="Value">The value, of the column's .NET type (a stored JSON column as its JSON); null when the value sent
/// is null, and for a relation or a key nobody reads.</param>
/// <param name="Ids">The related ids, when the key names a relation.</param>
/// <param name="Error">Why the value sent cannot be stored; raised only if the write applies the key, so that a caller who
/// may not write the row learns that first, and a key the write ignores never fails it.</param>
public sealed record CrudChange(string Key, object? Value, IReadOnlyList<Guid>? Ids = null, DomainException? Error = null)
{
    /// <summary>The value, or the refusal of the value sent.</summary>
    public object? ValueOrThrow() => Error is null ? Value : throw Error;
}
