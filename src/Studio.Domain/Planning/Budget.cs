using Studio.Domain.Common;

namespace Studio.Domain.Planning;

/// <summary>A revision of a production's budget.</summary>
public class Budget : ZouEntity
{
    public Guid? ProjectId { get; set; }

    public int Revision { get; set; } = 1;

    [ZouRequired]
    public string Name { get; set; } = "";

    public string? Currency { get; set; }
}
