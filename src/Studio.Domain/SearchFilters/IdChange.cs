namespace Studio.Domain.SearchFilters;

/// <summary>A link a change sets, to <see cref="Value"/> or to nothing; a change that leaves the link as it is has no <see cref="IdChange"/>.</summary>
public readonly record struct IdChange(Guid? Value);
