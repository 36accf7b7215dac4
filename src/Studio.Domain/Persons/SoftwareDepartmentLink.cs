using Studio.Domain.Common;

namespace Studio.Domain.Persons;

/// <summary>A software used by a department (<c>software_department_link</c>).</summary>
public class SoftwareDepartmentLink : ZouEntity
{
    public Guid DepartmentId { get; set; }

    public Guid SoftwareId { get; set; }
}
