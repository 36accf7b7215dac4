using Studio.Domain.Common;

namespace Studio.Domain.Crud;

/// <summary>
/// Keeps CRUD writes inside one production: a new row's references point into its own project, and an update
/// neither moves the row to another project nor lets the caller re-point it at a row they may not act on.
/// </summary>
internal static class ProjectGuard
{
    public const string MovedMessage = "A row cannot be moved to another project.";

    public static async Task EnsureCreateAsync<T>(CrudContext context, CrudCollection<T> collection, T row, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        var project = await collection.ProjectOfRowAsync(context, row, cancellationToken);
        await EnsureReferencesAsync(context, collection, row, project, _ => true, cancellationToken);
    }

    /// <summary>
    /// <paramref name="before"/> is the row's project before the body was applied. When a key that decides the
    /// project (e.g. a preview's <c>task_id</c>) changed inside the project, the update rule is checked again on
    /// the new target: the caller must be allowed there too.
    /// </summary>
    public static async Task EnsureUpdateAsync<T>(CrudContext context, CrudCollection<T> collection, T row, CrudChanges<T> changes, Guid? before, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        var after = await collection.ProjectOfRowAsync(context, row, cancellationToken);
        if (before is not null && after != before)
        {
            throw new WrongParameterException(MovedMessage);
        }

        await EnsureReferencesAsync(context, collection, row, after, changes.Contains, cancellationToken);
        var entry = context.Db.Entry(row);
        var moved = collection.ProjectKeys.Any(key => collection.Model.ColumnsByName.TryGetValue(key, out var column)
            && !Equals(entry.Property(column.Property.Name).OriginalValue, entry.Property(column.Property.Name).CurrentValue));
        if (moved)
        {
            await collection.CheckUpdateAsync(context, row, changes, cancellationToken);
        }
    }

    private static async Task EnsureReferencesAsync<T>(CrudContext context, CrudCollection<T> collection, T row, Guid? project, Func<string, bool> concerned, CancellationToken cancellationToken)
        where T : class, IZouEntity, new()
    {
        if (project is null)
        {
            return;
        }

        foreach (var reference in collection.SameProjectReferences.Where(r => concerned(r.Key)))
        {
            if (reference.IdOf(row) is not { } id)
            {
                continue;
            }

            // An unknown id is left to the database, which refuses it as a broken foreign key.
            var target = await reference.ProjectOf(context.Db, id, cancellationToken);
            if (target is not null && target != project)
            {
                throw new WrongParameterException(reference.Message ?? $"The {reference.Key} must belong to the same project.");
            }
        }
    }
}
