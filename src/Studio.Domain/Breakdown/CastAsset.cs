namespace Studio.Domain.Breakdown;

/// <summary>
/// An asset cast in an entity: how many times and with which label, with what the casting lists show of the asset
/// (its type's name, readiness, source episode, picture, sharing and production).
/// </summary>
public sealed record CastAsset(
    Guid AssetId,
    string AssetName,
    string? AssetTypeName,
    Guid? ReadyFor,
    Guid? EpisodeId,
    Guid? PreviewFileId,
    int? NbOccurences,
    string? Label,
    bool IsShared,
    Guid ProjectId);
