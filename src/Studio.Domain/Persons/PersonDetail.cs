namespace Studio.Domain.Persons;

/// <summary>A person with the ids of their departments (what the sign-in routes return of the caller).</summary>
public sealed record PersonDetail(Person Person, IReadOnlyList<Guid> Departments);
