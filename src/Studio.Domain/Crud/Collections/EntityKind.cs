namespace Studio.Domain.Crud.Collections;

/// <summary>An entity's kind (<c>Asset</c>, <c>Shot</c>, <c>Sequence</c>…), which Zou shows as the row's <c>type</c>.</summary>
public sealed record EntityKind(string Name) : CrudExtras;
