namespace Studio.Domain.SearchFilters;

/// <summary>A group of saved searches to create: no colour by default, its list type defaults to <c>todo</c>.</summary>
public sealed record SearchFilterGroupDraft(
    string Name,
    string? Color = null,
    string? ListType = null,
    string? EntityType = null,
    Guid? ProjectId = null,
    Guid? DepartmentId = null,
    bool? IsShared = null);
