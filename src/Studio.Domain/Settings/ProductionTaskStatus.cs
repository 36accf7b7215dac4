using Studio.Domain.Common;

namespace Studio.Domain.Settings;

/// <summary>A status a task can be in, such as todo, wip, retake or done (Zou's <c>TaskStatus</c> model).</summary>
[ZouModel("TaskStatus")] // ZOU: model "TaskStatus"; renamed to avoid System.Threading.Tasks.TaskStatus.
public class ProductionTaskStatus : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public bool Archived { get; set; }

    [ZouRequired]
    public string ShortName { get; set; } = "";

    public string? Description { get; set; }

    [ZouRequired]
    public string Color { get; set; } = "";

    public int? Priority { get; set; } = 1;

    public bool IsDone { get; set; }

    public bool IsArtistAllowed { get; set; } = true;

    public bool IsClientAllowed { get; set; } = true;

    public bool IsRetake { get; set; }

    public bool IsFeedbackRequest { get; set; }

    public bool IsDefault { get; set; }

    public bool IsWip { get; set; }

    public int? ShotgunId { get; set; }

    public bool ForConcept { get; set; }
}
