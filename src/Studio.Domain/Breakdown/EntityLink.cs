using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Breakdown;

/// <summary>A casting link: <see cref="EntityInId"/> (shot, sequence, episode or asset) uses the asset <see cref="EntityOutId"/>.</summary>
public class EntityLink : ZouEntity
{
    public Guid EntityInId { get; set; }

    public Guid EntityOutId { get; set; }

    public JsonNode? Data { get; set; }

    public int? NbOccurences { get; set; } = 1; // ZOU: misspelling of "occurrences" kept.

    public string? Label { get; set; } = "";
}
