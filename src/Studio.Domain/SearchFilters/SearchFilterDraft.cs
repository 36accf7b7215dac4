namespace Studio.Domain.SearchFilters;

/// <summary>A search to save: its list type defaults to <c>todo</c>; it is shared only when asked and allowed.</summary>
public sealed record SearchFilterDraft(
    string Name,
    string Query,
    string? ListType = null,
    string? EntityType = null,
    Guid? ProjectId = null,
    Guid? DepartmentId = null,
    Guid? GroupId = null,
    bool? IsShared = null);
