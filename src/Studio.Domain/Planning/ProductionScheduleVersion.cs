using Studio.Domain.Common;

namespace Studio.Domain.Planning;

/// <summary>A named version (draft or locked) of a project's task schedule.</summary>
public class ProductionScheduleVersion : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [ZouRequired]
    public Guid ProjectId { get; set; }

    public Guid? ProductionScheduleFrom { get; set; } // ZOU: a production schedule version id without the _id suffix.

    public bool Locked { get; set; }

    public bool Canceled { get; set; }
}
