using Studio.Domain.Persistence;

namespace Studio.Domain.Crud;

/// <summary>
/// A foreign key of a row whose target belongs to a project: the target must be in the row's own project, so a
/// body can neither point a row at another production's data nor move it there.
/// </summary>
/// <param name="Key">The JSON name of the column.</param>
/// <param name="IdOf">The column's value on a row.</param>
/// <param name="ProjectOf">The project of the target row (null when it has none or does not exist).</param>
/// <param name="Message">The 400 message when the projects differ; a generic one when null.</param>
public sealed record ProjectReference<T>(string Key, Func<T, Guid?> IdOf, Func<StudioDbContext, Guid, CancellationToken, Task<Guid?>> ProjectOf, string? Message = null);
