namespace Studio.Domain.Breakdown;

/// <summary>
/// One entity as its single route reads it, its <c>data</c> as the caller may see it, with its production's name.
/// A shot, an asset, an edit or a concept comes with its <c>with-tasks</c> <see cref="Row"/> (none for a shot outside
/// any sequence); a shot, an asset or a concept with its <see cref="Relations"/> (casting, concept links, instances,
/// where it is cast); an asset with its type's name. A scene names its <see cref="Sequence"/>; a sequence or a scene
/// its <see cref="Episode"/>.
/// </summary>
public sealed record EntityDetail(
    Entity Entity,
    string Kind,
    string? ProjectName,
    EntityWithTasks? Row,
    IReadOnlyDictionary<string, List<Guid>>? Relations,
    string? TypeName,
    NamedEntity? Sequence,
    NamedEntity? Episode);
