using Studio.Domain.Common;

namespace Studio.Domain.Planning;

/// <summary>A dated milestone of a production schedule.</summary>
public class Milestone : ZouEntity
{
    public DateOnly? Date { get; set; }

    [ZouRequired]
    public string Name { get; set; } = "";

    public Guid? ProjectId { get; set; }

    public Guid? TaskTypeId { get; set; }
}
