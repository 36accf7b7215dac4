using Studio.Domain.Common;

namespace Studio.Domain.SearchFilters;

/// <summary>A named, coloured group of saved searches of a list page.</summary>
public class SearchFilterGroup : ZouEntity
{
    public string ListType { get; set; } = "";

    public string? EntityType { get; set; }

    public string Name { get; set; } = "";

    public string Color { get; set; } = "";

    public bool IsShared { get; set; }

    public Guid? PersonId { get; set; }

    public Guid? ProjectId { get; set; }

    public Guid? DepartmentId { get; set; }
}
