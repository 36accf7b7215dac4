using Studio.Domain.Breakdown;

namespace Studio.Domain.Tasks;

/// <summary>An entity under a sequence (a shot, or a scene) and its kind.</summary>
public sealed record SequenceShot(Entity Entity, string Kind);
