namespace Studio.Domain.Breakdown;

/// <summary>Asset instances grouped under one entity (an asset, a scene, a shot), by number.</summary>
public sealed record InstanceGroup(Guid Key, IReadOnlyList<AssetInstance> Instances);
