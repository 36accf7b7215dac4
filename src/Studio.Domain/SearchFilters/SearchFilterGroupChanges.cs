namespace Studio.Domain.SearchFilters;

/// <summary>What a change of a group of saved searches sets; a null field is left as it is.</summary>
public sealed record SearchFilterGroupChanges(
    string? Name = null,
    string? Color = null,
    bool? IsShared = null,
    IdChange? ProjectId = null,
    IdChange? DepartmentId = null);
