namespace Studio.Domain.Projects;

/// <summary>A department allowed to see and edit a metadata descriptor.</summary>
public class DepartmentMetadataDescriptorLink
{
    public Guid MetadataDescriptorId { get; set; }

    public Guid DepartmentId { get; set; }
}
