using Studio.Domain.Breakdown;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// A task with what is shown beside it: its entity and the entity's type, the sequence and episode above a shot or a
/// scene (the episode above a sequence), its production, status and type, the assignees and who assigned them (with
/// their departments), and
/// whether the caller follows it.
/// </summary>
public sealed record TaskFull(
    ProductionTask Task,
    IReadOnlyList<Guid> Assignees,
    Entity? Entity,
    EntityType? EntityType,
    Entity? Sequence,
    Entity? Episode,
    Project Project,
    ProductionTaskStatus? Status,
    TaskType? Type,
    IReadOnlyList<Person> Persons,
    PersonDetail? Assigner,
    bool IsSubscribed)
{
    /// <summary>The entity's kind (Asset, Shot, Sequence…), from its type's name.</summary>
    public string EntityKind => EntityKinds.KindOf(EntityType?.Name ?? "");

    /// <summary>The entity's full name: a shot's episode and sequence, a sequence's episode, an asset's type.</summary>
    public string Title => EntityFullNames.Of(EntityKind, EntityType?.Name ?? "", Entity?.Name ?? "", (Sequence ?? Episode)?.Name, Sequence is null ? null : Episode?.Name);
}
