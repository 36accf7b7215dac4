namespace Studio.Domain.Crud;

/// <summary>A list of a collection's rows.</summary>
/// <param name="Rows">The rows, in the order of the query.</param>
/// <param name="Page">The page's numbers when a page was asked for; null for a plain list.</param>
public sealed record CrudList<T>(IReadOnlyList<CrudRow<T>> Rows, CrudPage? Page)
    where T : class;
