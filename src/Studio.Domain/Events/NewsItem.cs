using Studio.Domain.Breakdown;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Tasks;

namespace Studio.Domain.Events;

/// <summary>
/// An item of a news feed: the news, its task, the status its comment set, its preview, the production's name, the
/// task's entity with its full name and episode, and its author (none when the caller may not know who wrote it).
/// </summary>
public sealed record NewsItem(
    News News,
    ProductionTask Task,
    Guid? TaskStatusId,
    PreviewFile? Preview,
    string? ProjectName,
    Entity? Entity,
    string? FullEntityName,
    Guid? EpisodeId,
    Person? Author);
