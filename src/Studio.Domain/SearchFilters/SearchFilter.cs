using Studio.Domain.Common;

namespace Studio.Domain.SearchFilters;

/// <summary>A saved search of a list page, personal or shared with a project or department.</summary>
public class SearchFilter : ZouEntity
{
    public string ListType { get; set; } = "";

    public string? EntityType { get; set; }

    public string Name { get; set; } = "";

    public string SearchQuery { get; set; } = "";

    public bool IsShared { get; set; }

    public Guid? DepartmentId { get; set; }

    public Guid? SearchFilterGroupId { get; set; }

    public Guid? PersonId { get; set; }

    public Guid? ProjectId { get; set; }
}
