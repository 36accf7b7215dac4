using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Planning;

/// <summary>A salary line of a budget: a person or position of a department over a number of months.</summary>
public class BudgetEntry : ZouEntity
{
    public Guid BudgetId { get; set; }

    public Guid DepartmentId { get; set; }

    public Guid? PersonId { get; set; }

    public DateOnly StartDate { get; set; }

    public int MonthsDuration { get; set; }

    public double DailySalary { get; set; }

    public string? Position { get; set; } = "artist";

    public string? Seniority { get; set; } = "mid";

    public JsonNode? Exceptions { get; set; }
}
