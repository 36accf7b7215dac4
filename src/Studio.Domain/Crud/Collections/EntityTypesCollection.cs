using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Settings;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/entity-types</c>: names are unique whatever their case; events are <c>asset-type:*</c>.</summary>
public sealed class EntityTypesCollection() : ReferenceCollection<EntityType>("entity-types")
{
    public override string EventPrefix => "asset-type";

    public override EventData EventPayload(EntityType row) => new() { ["asset_type_id"] = row.Id.ToString() };

    public override Task BeforeCreateAsync(CrudContext context, EntityType row, CrudChanges<EntityType> changes, CancellationToken cancellationToken) => EnsureUniqueAsync(context, row, cancellationToken);

    public override Task BeforeUpdateAsync(CrudContext context, EntityType row, CrudChanges<EntityType> changes, CancellationToken cancellationToken) => EnsureUniqueAsync(context, row, cancellationToken);

    private static async Task EnsureUniqueAsync(CrudContext context, EntityType row, CancellationToken cancellationToken)
    {
        var name = row.Name.ToLower(System.Globalization.CultureInfo.InvariantCulture);
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() is translated to SQL lower(); culture overloads are not translatable.
        var taken = await context.Db.Set<EntityType>().AnyAsync(t => t.Id != row.Id && t.Name.ToLower() == name, cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        if (taken)
        {
            throw new IntegrityException(Persistence.DatabaseErrors.Unique);
        }
    }
}
