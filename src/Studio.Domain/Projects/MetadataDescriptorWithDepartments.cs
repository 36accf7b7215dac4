namespace Studio.Domain.Projects;

/// <summary>A metadata descriptor and the departments allowed to fill it (none: every department).</summary>
public sealed record MetadataDescriptorWithDepartments(MetadataDescriptor Descriptor, IReadOnlyList<Guid> Departments);
