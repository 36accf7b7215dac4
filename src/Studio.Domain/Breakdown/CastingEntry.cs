namespace Studio.Domain.Breakdown;

/// <summary>One asset of a new casting: how many times it appears, and its label (none: empty).</summary>
public sealed record CastingEntry(Guid AssetId, int NbOccurences, string? Label = null);
