using Studio.Domain.Settings;

namespace Studio.Domain.Breakdown;

/// <summary>An asset type, with the ids of its task types when the list carries them.</summary>
public sealed record AssetTypeItem(EntityType Type, IReadOnlyList<Guid>? TaskTypeIds);
