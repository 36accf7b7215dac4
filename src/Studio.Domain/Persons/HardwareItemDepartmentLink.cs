using Studio.Domain.Common;

namespace Studio.Domain.Persons;

/// <summary>A hardware item used by a department (<c>hardware_item_department_link</c>).</summary>
public class HardwareItemDepartmentLink : ZouEntity
{
    public Guid DepartmentId { get; set; }

    public Guid HardwareItemId { get; set; }
}
