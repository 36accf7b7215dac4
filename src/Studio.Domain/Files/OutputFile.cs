using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Files;

/// <summary>A revision of a file produced for an entity or asset instance (cache, render, movie…).</summary>
public class OutputFile : ZouEntity
{
    public int? ShotgunId { get; set; }

    public string Name { get; set; } = "";

    public bool Canceled { get; set; }

    public int? Size { get; set; }

    public string? Checksum { get; set; }

    public string? Description { get; set; }

    public string? Comment { get; set; }

    public string? Extension { get; set; }

    public int Revision { get; set; }

    public string? Representation { get; set; }

    public int? NbElements { get; set; } = 1;

    public string? Source { get; set; }

    public string? Path { get; set; }

    public JsonNode? Data { get; set; }

    public Guid FileStatusId { get; set; }

    public Guid? EntityId { get; set; }

    public Guid? AssetInstanceId { get; set; }

    public Guid? OutputTypeId { get; set; }

    public Guid? TaskTypeId { get; set; }

    public Guid? PersonId { get; set; }

    public Guid? SourceFileId { get; set; }

    public Guid? TemporalEntityId { get; set; }
}
