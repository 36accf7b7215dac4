using Studio.Domain.Common;

namespace Studio.Domain.Persons;

/// <summary>A studio (site or company) of the organisation that people belong to (Zou's <c>Studio</c> model).</summary>
[ZouModel("Studio")] // ZOU: model "Studio"; renamed because Studio is the root namespace.
public class ProductionStudio : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    [ZouRequired]
    public string Color { get; set; } = "";

    public bool Archived { get; set; }
}
