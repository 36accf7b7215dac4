using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A custom metadata column of a project for one entity type; values live in <c>data[field_name]</c> of the rows.</summary>
[Relation("departments", typeof(DepartmentMetadataDescriptorLink), nameof(DepartmentMetadataDescriptorLink.MetadataDescriptorId), nameof(DepartmentMetadataDescriptorLink.DepartmentId), After = "position")]
public class MetadataDescriptor : ZouEntity
{
    [ZouRequired]
    public Guid ProjectId { get; set; }

    [ZouRequired]
    public string EntityType { get; set; } = "";

    public Guid? TaskTypeId { get; set; }

    [ZouRequired]
    public string Name { get; set; } = "";

    public string? DataType { get; set; }

    [ZouRequired]
    public string FieldName { get; set; } = "";

    public JsonNode? Choices { get; set; }

    public bool ForClient { get; set; }

    public int? Position { get; set; }
}
