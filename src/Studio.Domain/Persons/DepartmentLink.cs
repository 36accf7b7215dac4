namespace Studio.Domain.Persons;

/// <summary>Membership of a person in a department (<c>department_link</c>).</summary>
public class DepartmentLink
{
    public Guid PersonId { get; set; }

    public Guid DepartmentId { get; set; }
}
