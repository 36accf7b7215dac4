using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Tasks;

namespace Studio.Domain.Crud.Collections;

/// <summary>Zou's vendor-assigned rule: a vendor sees an entity only if assigned to one of its tasks.</summary>
public static class VendorAssigned
{
    public static async Task EnsureAsync(CrudContext context, Guid? entityId, CancellationToken cancellationToken)
    {
        if (!context.Actor.IsVendor)
        {
            return;
        }

        var me = context.Actor.PersonId;
        var db = context.Db;
        var assigned = await db.Set<ProductionTask>().AnyAsync(t => t.EntityId == entityId
            && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me), cancellationToken);
        if (!assigned)
        {
            throw new PermissionDeniedException();
        }
    }
}
