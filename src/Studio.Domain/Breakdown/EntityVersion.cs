using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Breakdown;

/// <summary>A snapshot of an entity's name and data taken when a shot's name or frame range changes.</summary>
public class EntityVersion : ZouEntity
{
    public string Name { get; set; } = "";

    public JsonNode? Data { get; set; }

    public Guid? EntityId { get; set; }

    public Guid? PersonId { get; set; }
}
