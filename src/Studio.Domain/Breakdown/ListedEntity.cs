namespace Studio.Domain.Breakdown;

/// <summary>
/// An entity as the breakdown lists return it, with its kind. Zou's shot lists (all shots, a sequence's, a scene's)
/// also name each shot's production and sequence: <see cref="WithNames"/> says a list is one of them.
/// </summary>
public sealed record ListedEntity(Entity Entity, string Kind, bool WithNames = false, string? ProjectName = null, string? SequenceName = null);
