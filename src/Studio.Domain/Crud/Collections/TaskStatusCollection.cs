using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Settings;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/task-status</c>: setting <c>is_default</c> on a status takes it from the previous default.</summary>
public sealed class TaskStatusCollection() : ReferenceCollection<ProductionTaskStatus>("task-status")
{
    public override Task BeforeCreateAsync(CrudContext context, ProductionTaskStatus row, JsonObject data, CancellationToken cancellationToken) =>
        UndefaultOthersAsync(context, row, cancellationToken);

    public override Task BeforeUpdateAsync(CrudContext context, ProductionTaskStatus row, JsonObject data, CancellationToken cancellationToken) =>
        UndefaultOthersAsync(context, row, cancellationToken);

    private static async Task UndefaultOthersAsync(CrudContext context, ProductionTaskStatus row, CancellationToken cancellationToken)
    {
        if (!row.IsDefault)
        {
            return;
        }

        var previous = await context.Db.Set<ProductionTaskStatus>()
            .Where(s => s.IsDefault && s.ForConcept == row.ForConcept && s.Id != row.Id).ToListAsync(cancellationToken);
        previous.ForEach(s => s.IsDefault = false);
    }
}
