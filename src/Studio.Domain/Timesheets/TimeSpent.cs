using Studio.Domain.Common;

namespace Studio.Domain.Timesheets;

/// <summary>Time a person spent on a task on one day, in minutes.</summary>
public class TimeSpent : ZouEntity
{
    public double Duration { get; set; }

    public DateOnly Date { get; set; }

    public Guid? TaskId { get; set; }

    public Guid? PersonId { get; set; }
}
