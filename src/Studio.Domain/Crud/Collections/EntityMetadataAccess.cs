using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Persons;
using Studio.Domain.Projects;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// Zou's metadata-dept rule for a supervisor's entity PUT: with no department, any <c>data</c>; otherwise every key
/// sent must be the field of a metadata descriptor of the project, for the entity's kind (shots, assets and edits
/// only), whose departments include one of the supervisor's.
/// </summary>
internal static class EntityMetadataAccess
{
    private static readonly HashSet<string> KindsWithDescriptors = new(StringComparer.Ordinal) { "Shot", EntityKinds.Asset, "Edit" };

    public static async Task<bool> SupervisorMayEditAsync(CrudContext context, Entity row, CrudChanges<Entity> changes, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var mine = await db.Set<DepartmentLink>().Where(l => l.PersonId == context.Actor.PersonId).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        if (mine.Count == 0)
        {
            return true;
        }

        var kind = (await EntityKinds.KindsAsync(db, [row.EntityTypeId], cancellationToken)).GetValueOrDefault(row.EntityTypeId, EntityKinds.Asset);
        if (!changes.TryGetValue<JsonObject>("data", out var fields) || fields.Count == 0 || !KindsWithDescriptors.Contains(kind))
        {
            return false;
        }

        var keys = fields.Select(f => f.Key).ToList();
        var allowed = await db.Set<MetadataDescriptor>()
            .Where(d => d.ProjectId == row.ProjectId && d.EntityType == kind && keys.Contains(d.FieldName))
            .Where(d => db.Set<DepartmentMetadataDescriptorLink>().Any(l => l.MetadataDescriptorId == d.Id && mine.Contains(l.DepartmentId)))
            .Select(d => d.FieldName)
            .ToListAsync(cancellationToken);
        return keys.All(allowed.Contains);
    }
}
