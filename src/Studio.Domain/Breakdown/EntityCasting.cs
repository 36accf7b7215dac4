namespace Studio.Domain.Breakdown;

/// <summary>The casting of one entity of a casting map, with the name of the entity's parent (a shot's sequence).</summary>
public sealed record EntityCasting(Guid EntityId, string? ParentName, IReadOnlyList<CastAsset> Assets);
