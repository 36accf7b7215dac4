using Studio.Domain.Common;

namespace Studio.Domain.Planning;

/// <summary>The default salary of a position and seniority in a department.</summary>
public class SalaryScale : ZouEntity
{
    public Guid DepartmentId { get; set; }

    public string? Position { get; set; } = "artist";

    public string? Seniority { get; set; } = "mid";

    public int Salary { get; set; }
}
