namespace Studio.Domain.Breakdown;

/// <summary>
/// Where an asset is cast: the shots using it (by episode, sequence and name) and the assets using it (by type and
/// name), canceled ones left out.
/// </summary>
public sealed record CastIn(IReadOnlyList<CastInShot> Shots, IReadOnlyList<CastInAsset> Assets);
