namespace Studio.Domain.Breakdown;

/// <summary>An asset another asset is cast in (a set it dresses), and how many times it appears there.</summary>
public sealed record CastInAsset(Guid AssetId, string AssetName, string? AssetTypeName, Guid? PreviewFileId, int? NbOccurences);
