using Studio.Domain.Projects;

namespace Studio.Domain.Tasks;

/// <summary>A metadata descriptor and the departments it is shown to.</summary>
public sealed record DescriptorWithDepartments(MetadataDescriptor Descriptor, IReadOnlyList<Guid> Departments);
