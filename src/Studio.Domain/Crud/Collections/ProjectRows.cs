using Studio.Domain.Persistence;

namespace Studio.Domain.Crud.Collections;

/// <summary>How the rows of a collection relate to projects, for team scoping and project-level rules.</summary>
public sealed class ProjectRows<T>
{
    /// <summary>Narrows a query to rows of the given projects.</summary>
    public required Func<StudioDbContext, IQueryable<T>, List<Guid?>, IQueryable<T>> InProjects { get; init; }

    /// <summary>The project of one row (null when it has none).</summary>
    public required Func<StudioDbContext, T, CancellationToken, Task<Guid?>> ProjectOf { get; init; }

    /// <summary>The JSON name of the column that decides the project (<c>task_id</c>, <c>entity_id</c>…).</summary>
    public string? Key { get; init; }

    /// <summary>Whether lists show a non-admin only open projects (Zou) or every team project.</summary>
    public bool OpenProjectsOnly { get; init; } = true;
}
