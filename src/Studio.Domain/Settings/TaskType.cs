using Studio.Domain.Common;

namespace Studio.Domain.Settings;

/// <summary>A kind of task (Modeling, Animation…) for assets, shots, edits, concepts or sequences.</summary>
public class TaskType : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public string? ShortName { get; set; }

    public string? Description { get; set; }

    public string? Color { get; set; } = "#FFFFFF";

    public int? Priority { get; set; } = 1;

    public string? ForEntity { get; set; } = "Asset";

    public bool AllowTimelog { get; set; } = true;

    public bool Archived { get; set; }

    public int? ShotgunId { get; set; }

    public Guid? DepartmentId { get; set; }
}
