namespace Studio.Domain.Breakdown;

/// <summary>The new casting of one entity, replacing the whole of its casting.</summary>
public sealed record CastingChange(Guid EntityId, IReadOnlyList<CastingEntry> Casting);
