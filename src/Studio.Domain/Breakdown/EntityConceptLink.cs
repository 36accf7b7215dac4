using Studio.Domain.Common;

namespace Studio.Domain.Breakdown;

/// <summary>A link from an entity to a concept it relates to.</summary>
public class EntityConceptLink : ZouEntity
{
    public Guid EntityInId { get; set; }

    public Guid EntityOutId { get; set; }
}
