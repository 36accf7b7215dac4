namespace Studio.Domain.SearchFilters;

/// <summary>What a change of a saved search sets; a null field is left as it is.</summary>
public sealed record SearchFilterChanges(
    string? Name = null,
    string? SearchQuery = null,
    bool? IsShared = null,
    IdChange? ProjectId = null,
    IdChange? DepartmentId = null,
    IdChange? GroupId = null);
