using Studio.Domain.Common;

namespace Studio.Domain.Planning;

/// <summary>The dates and estimation of a task in one production schedule version.</summary>
[Relation("assignees", typeof(ProductionScheduleVersionTaskLinkPersonLink), nameof(ProductionScheduleVersionTaskLinkPersonLink.ProductionScheduleVersionTaskLinkId), nameof(ProductionScheduleVersionTaskLinkPersonLink.PersonId), After = "estimation")]
public class ProductionScheduleVersionTaskLink : ZouEntity
{
    public Guid ProductionScheduleVersionId { get; set; }

    public Guid TaskId { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? DueDate { get; set; }

    public double? Estimation { get; set; } = 0;
}
