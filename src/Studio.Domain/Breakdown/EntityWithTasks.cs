namespace Studio.Domain.Breakdown;

/// <summary>
/// One row of a <c>with-tasks</c> list: the entity (its <c>data</c> as the caller may see it), its tasks the caller
/// may see (by id), and the names around it. <see cref="Parent"/> is a shot's or scene's sequence, an edit's or a
/// sequence's episode; <see cref="Episode"/> is the episode the entity belongs to: a shot's or scene's sequence's
/// parent, an edit's or sequence's parent, an asset's source episode. <see cref="TypeName"/> is the entity type's
/// name; <see cref="CastingEpisodeIds"/> (assets) the episodes it is cast in, by name; <see cref="ConceptLinkIds"/>
/// (concepts) the entities it designs.
/// </summary>
public sealed record EntityWithTasks(
    Entity Entity,
    string Kind,
    IReadOnlyList<ListedTask> Tasks,
    string? ProjectName,
    NamedEntity? Parent,
    NamedEntity? Episode,
    string? TypeName,
    IReadOnlyList<Guid> CastingEpisodeIds,
    IReadOnlyList<Guid> ConceptLinkIds);
