namespace Studio.Domain.Projects;

/// <summary>A production and the ids of its team's members (what adding someone to the team returns).</summary>
public sealed record ProjectWithTeam(Project Project, IReadOnlyList<Guid> Team);
