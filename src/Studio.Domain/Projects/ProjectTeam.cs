using Studio.Domain.Persons;

namespace Studio.Domain.Projects;

/// <summary>
/// A production's team as the caller may see it: its members by name, and whether the caller gets only their minimal
/// view (what any signed-in person may know of another), as everyone but the production's managers does.
/// </summary>
public sealed record ProjectTeam(IReadOnlyList<Person> Members, bool MinimalView);
