namespace Studio.Domain.Breakdown;

/// <summary>A shot an asset is cast in, with its sequence's and episode's names, and how many times the asset appears.</summary>
public sealed record CastInShot(Guid ShotId, string ShotName, string SequenceName, Guid? EpisodeId, string? EpisodeName, Guid? PreviewFileId, int? NbOccurences);
