using Studio.Domain.Breakdown;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// A task of the caller's to-do lists with what the list shows beside it: its assignees, production, entity and the
/// entity's type name, the sequence and episode above the entity, its type and status, and its last comment.
/// </summary>
public sealed record MyTask(
    ProductionTask Task,
    IReadOnlyList<Guid> Assignees,
    Project Project,
    Entity Entity,
    string? EntityTypeName,
    string? SequenceName,
    Guid? EpisodeId,
    string? EpisodeName,
    TaskType Type,
    ProductionTaskStatus Status,
    LastComment? LastComment);
