using Studio.Domain.Persons;

namespace Studio.Domain.Tasks;

/// <summary>A person and the departments they belong to.</summary>
public sealed record PersonWithDepartments(Person Person, IReadOnlyList<Guid> Departments);
