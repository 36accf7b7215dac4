namespace Studio.Domain.Crud;

/// <summary>
/// What a collection's rules add to a row beside its columns, read from the database for the caller (an entity's kind,
/// a project's status name). Each collection that adds something declares its own record.
/// </summary>
public abstract record CrudExtras;
