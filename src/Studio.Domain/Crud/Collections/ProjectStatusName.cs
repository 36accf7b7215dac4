namespace Studio.Domain.Crud.Collections;

/// <summary>The name of a project's status (Zou's <c>project_status_name</c> of a single read); null when it has none.</summary>
public sealed record ProjectStatusName(string? Name) : CrudExtras;
