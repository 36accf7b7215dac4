namespace Studio.Domain.Projects;

/// <summary>A production with the ids of each of its relations (team, asset types, task statuses, task types…), by relation name.</summary>
public sealed record ProjectWithLinks(Project Project, IReadOnlyDictionary<string, List<Guid>> Links);
