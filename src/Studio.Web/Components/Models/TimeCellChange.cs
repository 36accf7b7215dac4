namespace Studio.Web.Components.Models;

/// <summary>The time typed in a timesheet cell: minutes on a task on a day (0 to remove it).</summary>
public sealed record TimeCellChange(Guid TaskId, DateOnly Day, double Minutes);
