namespace Studio.Domain.Projects;

/// <summary>A task type wanted in a production, with its priority there (null: none, or leave the current one).</summary>
public sealed record TaskTypeSetting(Guid TaskTypeId, int? Priority);
