using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Tasks;

/// <summary>A task of a given type on an entity (Zou's <c>Task</c> model); durations and estimations are in minutes.</summary>
[ZouModel("Task")] // ZOU: model "Task"; renamed to avoid System.Threading.Tasks.Task.
[Relation("assignees", typeof(TaskPersonLink), nameof(TaskPersonLink.TaskId), nameof(TaskPersonLink.PersonId), After = "assigner_id")]
public class ProductionTask : ZouEntity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int? Priority { get; set; } = 0;

    public int Difficulty { get; set; } = 3;

    public double? Duration { get; set; } = 0;

    public double? Estimation { get; set; } = 0;

    public int? CompletionRate { get; set; } = 0;

    public int? RetakeCount { get; set; } = 0;

    public int? SortOrder { get; set; } = 0;

    public DateTime? StartDate { get; set; }

    public DateTime? DueDate { get; set; }

    public DateTime? RealStartDate { get; set; }

    public DateTime? EndDate { get; set; }

    public DateTime? DoneDate { get; set; }

    public DateTime? LastCommentDate { get; set; }

    public int? NbAssetsReady { get; set; } = 0;

    public JsonNode? Data { get; set; }

    public int? NbDrawings { get; set; } = 0;

    public int? ShotgunId { get; set; }

    public Guid? LastPreviewFileId { get; set; } // ZOU: no FK.

    public Guid? ProjectId { get; set; }

    public Guid? TaskTypeId { get; set; }

    public Guid? TaskStatusId { get; set; }

    public Guid? EntityId { get; set; }

    public Guid? AssignerId { get; set; }
}
