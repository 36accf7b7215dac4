using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A rule that changes a task's status (or an asset's ready-for) when another task of the entity reaches a status.</summary>
public class StatusAutomation : ZouEntity
{
    public string? EntityType { get; set; } = "asset";

    public Guid? InTaskTypeId { get; set; }

    public Guid? InTaskStatusId { get; set; }

    public string OutFieldType { get; set; } = "status";

    public Guid? OutTaskTypeId { get; set; }

    public Guid? OutTaskStatusId { get; set; }

    public bool ImportLastRevision { get; set; }

    public bool Archived { get; set; }
}
