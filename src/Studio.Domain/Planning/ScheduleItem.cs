using Studio.Domain.Common;

namespace Studio.Domain.Planning;

/// <summary>A bar of the production schedule: a task type, optionally for one sequence, episode or asset type.</summary>
public class ScheduleItem : ZouEntity
{
    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public int? ManDays { get; set; }

    public Guid? ProjectId { get; set; }

    public Guid? TaskTypeId { get; set; }

    public Guid? ObjectId { get; set; } // ZOU: sequence, episode or asset type id, no FK.
}
