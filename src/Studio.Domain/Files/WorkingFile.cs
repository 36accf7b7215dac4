using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Files;

/// <summary>A revision of a work file (scene, project file) of a task or entity, made with a software.</summary>
[Relation("outputs", typeof(OutputFile), nameof(OutputFile.SourceFileId), nameof(OutputFile.Id), After = "software_id")]
public class WorkingFile : ZouEntity
{
    public int? ShotgunId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Comment { get; set; }

    public int? Revision { get; set; }

    public int? Size { get; set; }

    public int? Checksum { get; set; }

    public string? Path { get; set; }

    public JsonNode? Data { get; set; }

    public Guid? TaskId { get; set; }

    public Guid? EntityId { get; set; }

    public Guid? PersonId { get; set; }

    public Guid? SoftwareId { get; set; }
}
