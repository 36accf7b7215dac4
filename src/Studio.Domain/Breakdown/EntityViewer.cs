using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;

namespace Studio.Domain.Breakdown;

/// <summary>
/// Who reads the breakdown, for what they may see inside an entity: a vendor gets only the tasks assigned to
/// them, and in <c>data</c> only the values of metadata descriptors open to every department or to one of theirs.
/// </summary>
internal sealed class EntityViewer
{
    private readonly Dictionary<(Guid Project, string Kind), HashSet<string>> hidden = [];

    private EntityViewer(Guid personId, bool isVendor, IReadOnlyCollection<Guid> departments)
    {
        PersonId = personId;
        IsVendor = isVendor;
        Departments = departments;
    }

    public Guid PersonId { get; }

    public bool IsVendor { get; }

    public IReadOnlyCollection<Guid> Departments { get; }

    public static async Task<EntityViewer> ForAsync(StudioDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var departments = actor.IsVendor
            ? await db.Set<DepartmentLink>().AsNoTracking().Where(l => l.PersonId == actor.PersonId).Select(l => l.DepartmentId).ToListAsync(cancellationToken)
            : [];
        return new EntityViewer(actor.PersonId, actor.IsVendor, departments);
    }

    /// <summary>ZOU's <c>assigned_to</c> criterion: a vendor's lists only hold the tasks they are assigned to.</summary>
    public bool SeesTask(IEnumerable<Guid> assignees) => !IsVendor || assignees.Contains(PersonId);

    /// <summary>
    /// Loads, for a vendor, the descriptor fields of <paramref name="kind"/> they may not see in the given
    /// productions (ZOU: <c>get_not_allowed_descriptors_fields_for_vendor</c>).
    /// </summary>
    public async Task LoadHiddenFieldsAsync(StudioDbContext db, string kind, IEnumerable<Guid> projectIds, CancellationToken cancellationToken)
    {
        if (!IsVendor)
        {
            return;
        }

        var projects = projectIds.Distinct().Where(p => !hidden.ContainsKey((p, kind))).ToList();
        var descriptors = await db.Set<MetadataDescriptor>().AsNoTracking()
            .Where(d => projects.Contains(d.ProjectId) && d.EntityType == kind)
            .Select(d => new
            {
                d.ProjectId,
                d.FieldName,
                Departments = db.Set<DepartmentMetadataDescriptorLink>().Where(l => l.MetadataDescriptorId == d.Id).Select(l => l.DepartmentId).ToList(),
            })
            .ToListAsync(cancellationToken);
        foreach (var project in projects)
        {
            hidden[(project, kind)] = [.. descriptors
                .Where(d => d.ProjectId == project && d.Departments.Count > 0 && !d.Departments.Intersect(Departments).Any())
                .Select(d => d.FieldName)];
        }
    }

    /// <summary>The entity's data as this viewer may see it (a copy without the hidden fields for a vendor).</summary>
    public JsonNode? Mask(Guid projectId, string kind, JsonNode? data)
    {
        if (!IsVendor || data is not JsonObject values || !hidden.TryGetValue((projectId, kind), out var fields) || fields.Count == 0)
        {
            return data;
        }

        var masked = new JsonObject();
        foreach (var (key, value) in values.Where(p => !fields.Contains(p.Key)))
        {
            masked[key] = value?.DeepClone();
        }

        return masked;
    }

    /// <summary>Masks the <c>data</c> of entities of one kind read without tracking, as this viewer may see it.</summary>
    public async Task MaskAllAsync(StudioDbContext db, string kind, IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        if (!IsVendor)
        {
            return;
        }

        await LoadHiddenFieldsAsync(db, kind, entities.Select(e => e.ProjectId), cancellationToken);
        foreach (var entity in entities.Where(e => e.Data is JsonObject))
        {
            entity.Data = Mask(entity.ProjectId, kind, entity.Data);
        }
    }
}
