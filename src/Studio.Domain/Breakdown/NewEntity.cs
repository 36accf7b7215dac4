namespace Studio.Domain.Breakdown;

/// <summary>
/// A new asset, shot, sequence, episode, scene, edit or concept. <see cref="Draft"/> holds the columns its creation
/// route takes: the name, description, data and status, a shot's frames, an asset's sharing, and what it is created
/// under: its <see cref="Entity.ParentId"/> (a shot's or a scene's sequence, a sequence's or an edit's episode) or an
/// asset's <see cref="Entity.SourceId"/> (its episode). <see cref="ConceptLinks"/> are the entities a concept
/// designs. The service checks the ids and applies the rules; it does not save the draft itself.
/// </summary>
public sealed record NewEntity(Entity Draft, IReadOnlyList<Guid> ConceptLinks);
