namespace Studio.Domain.Projects;

/// <summary>
/// What a creation or a change of a metadata descriptor asks for. <see cref="Name"/> is null when not given (a
/// creation refuses that, a change keeps the name); <see cref="EntityType"/> (default Asset) and
/// <see cref="TaskTypeId"/> are read on creation only; the other fields take their defaults when not given, on a change
/// too: no data type is a string, no choices, not for clients, every department.
/// </summary>
public sealed record MetadataDescriptorFields(
    string? Name,
    string? EntityType = null,
    Guid? TaskTypeId = null,
    string? DataType = null,
    IReadOnlyList<string>? Choices = null,
    bool ForClient = false,
    IReadOnlyList<Guid>? Departments = null);
