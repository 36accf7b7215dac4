using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Projects;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/preview-background-files</c>: names are unique, and one background at most is the default.</summary>
public sealed class PreviewBackgroundFilesCollection() : ReferenceCollection<PreviewBackgroundFile>("preview-background-files")
{
    public override Task BeforeCreateAsync(CrudContext context, PreviewBackgroundFile row, CrudChanges<PreviewBackgroundFile> changes, CancellationToken cancellationToken) =>
        ApplyAsync(context, row, checkName: true, cancellationToken);

    public override Task BeforeUpdateAsync(CrudContext context, PreviewBackgroundFile row, CrudChanges<PreviewBackgroundFile> changes, CancellationToken cancellationToken) =>
        ApplyAsync(context, row, checkName: changes.Contains("name"), cancellationToken);

    private static async Task ApplyAsync(CrudContext context, PreviewBackgroundFile row, bool checkName, CancellationToken cancellationToken)
    {
        var db = context.Db;
        if (checkName && await db.Set<PreviewBackgroundFile>().AnyAsync(b => b.Name == row.Name && b.Id != row.Id, cancellationToken))
        {
            throw new WrongParameterException("A preview background file with similar name already exists");
        }

        // ZOU: the new default takes the flag from the previous one.
        if (row.IsDefault)
        {
            var others = await db.Set<PreviewBackgroundFile>().Where(b => b.IsDefault && b.Id != row.Id).ToListAsync(cancellationToken);
            others.ForEach(b => b.IsDefault = false);
        }
    }
}
