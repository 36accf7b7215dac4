using Studio.Domain.Common;

namespace Studio.Domain.Persons;

/// <summary>A department of the studio (modelling, animation…) that people, task types and budgets belong to.</summary>
public class Department : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [ZouRequired]
    public string Color { get; set; } = "";

    public bool Archived { get; set; }
}
