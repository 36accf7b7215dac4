using Studio.Domain.Common;

namespace Studio.Domain.Settings;

/// <summary>A piece of hardware owned by the studio, with its cost and inventory.</summary>
public class HardwareItem : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [ZouRequired]
    public string ShortName { get; set; } = "";

    public bool Archived { get; set; }

    public int? MonthlyCost { get; set; } = 0;

    public int? InventoryAmount { get; set; } = 0;
}
