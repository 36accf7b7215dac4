using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Settings;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/task-status</c>. The studio has exactly one default status, the one new tasks start on (concept tasks
/// start on Neutral): making a status the default takes the flag from the previous one in the same transaction, and
/// the default can be neither un-defaulted, archived nor deleted (another status is made the default instead). A
/// concept status cannot be the default, since tasks other than concepts would start on it.
/// ZOU: Zou un-defaults only the first default it finds, lets the last default go, and seeds Neutral as a second one.
/// </summary>
public sealed class TaskStatusCollection() : ReferenceCollection<ProductionTaskStatus>("task-status")
{
    public override Task BeforeCreateAsync(CrudContext context, ProductionTaskStatus row, CrudChanges<ProductionTaskStatus> changes, CancellationToken cancellationToken) =>
        UndefaultOthersAsync(context, row, cancellationToken);

    public override Task BeforeUpdateAsync(CrudContext context, ProductionTaskStatus row, CrudChanges<ProductionTaskStatus> changes, CancellationToken cancellationToken)
    {
        var wasDefault = context.Db.Entry(row).Property(s => s.IsDefault).OriginalValue;
        if (wasDefault && !row.IsDefault)
        {
            throw new WrongParameterException("A default status is needed: make another status the default instead.");
        }

        if (row.IsDefault && row.Archived)
        {
            throw new WrongParameterException("The default status cannot be archived.");
        }

        return UndefaultOthersAsync(context, row, cancellationToken);
    }

    public override async Task CheckDeleteAsync(CrudContext context, ProductionTaskStatus row, CancellationToken cancellationToken)
    {
        await base.CheckDeleteAsync(context, row, cancellationToken);
        if (row.IsDefault)
        {
            throw new WrongParameterException("The default status cannot be deleted: make another status the default first.");
        }
    }

    private static async Task UndefaultOthersAsync(CrudContext context, ProductionTaskStatus row, CancellationToken cancellationToken)
    {
        if (!row.IsDefault)
        {
            return;
        }

        if (row.ForConcept)
        {
            throw new WrongParameterException("A concept status cannot be the default status: new tasks start on the default.");
        }

        var previous = await context.Db.Set<ProductionTaskStatus>().Where(s => s.IsDefault && s.Id != row.Id).ToListAsync(cancellationToken);
        previous.ForEach(s => s.IsDefault = false);
    }
}
