using Studio.Domain.Breakdown;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// A task sent to review with its production, entity, entity type, the person who sent it, their comment and where
/// the preview would be filed (an empty folder and file name when the production has no preview template).
/// </summary>
public sealed record TaskReview(
    ProductionTask Task,
    Project Project,
    Entity Entity,
    EntityType EntityType,
    Person Person,
    string? Comment,
    string PreviewFolderPath,
    string PreviewFileName);
