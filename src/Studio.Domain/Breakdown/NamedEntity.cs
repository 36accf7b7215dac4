namespace Studio.Domain.Breakdown;

/// <summary>An entity named beside another one (a shot's sequence, a sequence's episode), with its own parent.</summary>
public sealed record NamedEntity(Guid Id, string Name, Guid? ParentId);
