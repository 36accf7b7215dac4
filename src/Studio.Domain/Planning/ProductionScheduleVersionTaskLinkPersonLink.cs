namespace Studio.Domain.Planning;

/// <summary>A person assigned to a task in one production schedule version.</summary>
public class ProductionScheduleVersionTaskLinkPersonLink
{
    public Guid ProductionScheduleVersionTaskLinkId { get; set; }

    public Guid PersonId { get; set; }
}
