using Studio.Domain.Common;

namespace Studio.Domain.Timesheets;

/// <summary>A day or range of days off of a person (from <c>date</c> to <c>end_date</c> inclusive).</summary>
public class DayOff : ZouEntity
{
    public DateOnly Date { get; set; }

    public DateOnly EndDate { get; set; }

    public string? Description { get; set; }

    public Guid? PersonId { get; set; }
}
