using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Projects;

/// <summary>
/// A production's metadata descriptors: the extra fields of its entities' (or tasks') <c>data</c>, with a type,
/// choices and the departments allowed to fill them. Team members read them (clients only those shared with
/// clients); project managers, and supervisors for their departments, change them.
/// </summary>
public sealed class MetadataDescriptorsService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    public static readonly IReadOnlySet<string> EntityTypes = new HashSet<string>(StringComparer.Ordinal) { "Asset", "Shot", "Edit", "Episode", "Sequence", "Project", "Task" };

    public static readonly IReadOnlySet<string> DataTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "string", "number", "list", "taglist", "boolean", "checklist", "date", "url", "textarea", "person",
    };

    /// <summary>The descriptors of a production the caller sees, by position then name.</summary>
    public async Task<IReadOnlyList<MetadataDescriptorWithDepartments>> ListAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var rows = await db.Set<MetadataDescriptor>().AsNoTracking().Where(m => m.ProjectId == projectId)
            .OrderBy(m => m.Position).ThenBy(m => m.Name).ToListAsync(cancellationToken);
        return await ShownAsync(db, actor, projectId, await WithDepartmentsAsync(db, rows, cancellationToken), cancellationToken);
    }

    /// <summary>One descriptor, to whoever finds it in the production's list; 403 for the others.</summary>
    public async Task<MetadataDescriptorWithDepartments> GetAsync(Actor actor, Guid projectId, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var descriptor = await FindAsync(db, projectId, id, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var shown = await ShownAsync(db, actor, projectId, await WithDepartmentsAsync(db, [descriptor], cancellationToken), cancellationToken);
        return shown.Count == 1 ? shown[0] : throw new PermissionDeniedException();
    }

    /// <summary>
    /// The descriptors of a production a team member sees: a client only those shared with clients, a vendor those of
    /// their departments and those open to every department, the others all.
    /// </summary>
    private static async Task<IReadOnlyList<MetadataDescriptorWithDepartments>> ShownAsync(StudioDbContext db, Actor actor, Guid projectId,
        IReadOnlyList<MetadataDescriptorWithDepartments> descriptors, CancellationToken cancellationToken)
    {
        var role = await new ProjectAccess(db, actor).EffectiveRoleAsync(projectId, cancellationToken);
        if (role == Roles.Client)
        {
            return [.. descriptors.Where(d => d.Descriptor.ForClient)];
        }

        if (role == Roles.Vendor)
        {
            var mine = await MyDepartmentsAsync(db, actor, cancellationToken);
            return [.. descriptors.Where(d => d.Departments.Count == 0 || d.Departments.Any(mine.Contains))];
        }

        return descriptors;
    }

    /// <summary>ZOU: creates a descriptor; its field name is the slug of its name, unique per production and entity type.</summary>
    public async Task<MetadataDescriptorWithDepartments> CreateAsync(Actor actor, Guid projectId, MetadataDescriptorFields fields, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        var name = ValidName(fields.Name);
        var entityType = fields.EntityType ?? "Asset";
        if (!EntityTypes.Contains(entityType))
        {
            throw new WrongParameterException("Invalid entity_type");
        }

        var taskTypeId = fields.TaskTypeId;
        if ((entityType == "Task") != (taskTypeId is not null))
        {
            throw new WrongParameterException(entityType == "Task" ? "task_type_id is required for Task descriptors" : "task_type_id is only allowed for Task descriptors");
        }

        if (taskTypeId is not null && !await db.Set<TaskType>().AnyAsync(t => t.Id == taskTypeId, cancellationToken))
        {
            throw new WrongParameterException("Task type not found.");
        }

        var departments = await DepartmentsAsync(db, fields.Departments, cancellationToken);
        await EnsureMayChangeAsync(db, actor, projectId, departments, cancellationToken);
        var descriptor = new MetadataDescriptor
        {
            Id = Guid.NewGuid(),
            ProjectId = projectId,
            EntityType = entityType,
            TaskTypeId = taskTypeId,
            Name = name,
            FieldName = AssetInstancesService.Slug(name).ToLowerInvariant(),
            DataType = DataType(fields.DataType),
            Choices = Choices(fields.Choices),
            ForClient = fields.ForClient,
            Position = (await db.Set<MetadataDescriptor>().Where(m => m.ProjectId == projectId).MaxAsync(m => m.Position, cancellationToken) ?? 0) + 1,
        };
        if (await db.Set<MetadataDescriptor>().AnyAsync(m => m.ProjectId == projectId && m.EntityType == entityType && m.FieldName == descriptor.FieldName, cancellationToken))
        {
            throw new WrongParameterException("Metadata descriptor already exists.");
        }

        db.Add(descriptor);
        db.AddRange(departments.Select(d => new DepartmentMetadataDescriptorLink { MetadataDescriptorId = descriptor.Id, DepartmentId = d }));
        var e = EventPublisher.Stage(db, "metadata-descriptor:new", Data(descriptor), projectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        return (await WithDepartmentsAsync(db, [descriptor], cancellationToken))[0];
    }

    /// <summary>
    /// ZOU: a PUT applies the defaults of the fields it omits (<c>for_client</c> false, <c>data_type</c> string, no
    /// choices, no departments). A new name renames the field, and the values stored under the old field move with it.
    /// </summary>
    public async Task<MetadataDescriptorWithDepartments> UpdateAsync(Actor actor, Guid projectId, Guid id, MetadataDescriptorFields fields, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var descriptor = await FindAsync(db, projectId, id, cancellationToken);
        var current = await db.Set<DepartmentMetadataDescriptorLink>().Where(l => l.MetadataDescriptorId == id).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        var departments = await DepartmentsAsync(db, fields.Departments, cancellationToken);
        await EnsureMayChangeAsync(db, actor, projectId, [.. current.Union(departments)], cancellationToken);
        if (fields.Name is not null)
        {
            var name = ValidName(fields.Name);
            var fieldName = AssetInstancesService.Slug(name).ToLowerInvariant();
            if (fieldName != descriptor.FieldName)
            {
                await RenameFieldAsync(db, descriptor, fieldName, cancellationToken);
            }

            descriptor.Name = name;
            descriptor.FieldName = fieldName;
        }

        descriptor.ForClient = fields.ForClient;
        descriptor.DataType = DataType(fields.DataType);
        descriptor.Choices = Choices(fields.Choices);
        await db.Set<DepartmentMetadataDescriptorLink>().Where(l => l.MetadataDescriptorId == id).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(departments.Select(d => new DepartmentMetadataDescriptorLink { MetadataDescriptorId = id, DepartmentId = d }));
        var e = EventPublisher.Stage(db, "metadata-descriptor:update", Data(descriptor), projectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e]);
        return (await WithDepartmentsAsync(db, [descriptor], cancellationToken))[0];
    }

    public async Task DeleteAsync(Actor actor, Guid projectId, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var descriptor = await FindAsync(db, projectId, id, cancellationToken);
        var current = await db.Set<DepartmentMetadataDescriptorLink>().Where(l => l.MetadataDescriptorId == id).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        await EnsureMayChangeAsync(db, actor, projectId, current, cancellationToken);
        await db.Set<DepartmentMetadataDescriptorLink>().Where(l => l.MetadataDescriptorId == id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(descriptor);
        var e = EventPublisher.Stage(db, "metadata-descriptor:delete", Data(descriptor), projectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e]);
    }

    /// <summary>dept-supervisor: a project manager, or a supervisor of the team whose departments cover the descriptor's.</summary>
    private static async Task EnsureMayChangeAsync(StudioDbContext db, Actor actor, Guid projectId, IReadOnlyCollection<Guid> departments, CancellationToken cancellationToken)
    {
        var role = await new ProjectAccess(db, actor).EffectiveRoleAsync(projectId, cancellationToken);
        if (role is Roles.Admin or Roles.Manager)
        {
            return;
        }

        var mine = role == Roles.Supervisor ? await MyDepartmentsAsync(db, actor, cancellationToken) : null;
        if (mine is null || (mine.Count > 0 && (departments.Count == 0 || !departments.All(mine.Contains))))
        {
            throw new PermissionDeniedException();
        }
    }

    private static async Task RenameFieldAsync(StudioDbContext db, MetadataDescriptor descriptor, string fieldName, CancellationToken cancellationToken)
    {
        if (await db.Set<MetadataDescriptor>().AnyAsync(m => m.ProjectId == descriptor.ProjectId && m.EntityType == descriptor.EntityType && m.FieldName == fieldName && m.Id != descriptor.Id, cancellationToken))
        {
            throw new WrongParameterException("Metadata descriptor already exists.");
        }

        if (descriptor.EntityType == "Task")
        {
            foreach (var task in await db.Set<ProductionTask>().Where(t => t.ProjectId == descriptor.ProjectId && t.TaskTypeId == descriptor.TaskTypeId).ToListAsync(cancellationToken))
            {
                task.Data = Renamed(task.Data, descriptor.FieldName, fieldName);
            }

            return;
        }

        var types = descriptor.EntityType == "Project" ? [] : await EntityKinds.TypeIdsOfKindAsync(db, descriptor.EntityType, cancellationToken);
        foreach (var entity in await db.Set<Entity>().Where(e => e.ProjectId == descriptor.ProjectId && types.Contains(e.EntityTypeId)).ToListAsync(cancellationToken))
        {
            entity.Data = Renamed(entity.Data, descriptor.FieldName, fieldName);
        }
    }

    private static JsonNode? Renamed(JsonNode? data, string from, string to)
    {
        if (data is not JsonObject o || !o.ContainsKey(from))
        {
            return data;
        }

        var copy = o.DeepClone().AsObject();
        var value = copy[from]?.DeepClone();
        copy.Remove(from);
        copy[to] = value;
        return copy;
    }

    private static async Task<MetadataDescriptor> FindAsync(StudioDbContext db, Guid projectId, Guid id, CancellationToken cancellationToken)
    {
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        return await db.Set<MetadataDescriptor>().FirstOrDefaultAsync(m => m.Id == id && m.ProjectId == projectId, cancellationToken) ?? throw new NotFoundException();
    }

    private static async Task<List<Guid>> MyDepartmentsAsync(StudioDbContext db, Actor actor, CancellationToken cancellationToken) =>
        await db.Set<DepartmentLink>().Where(l => l.PersonId == actor.PersonId).Select(l => l.DepartmentId).ToListAsync(cancellationToken);

    /// <summary>The departments asked for, all of them known (in the order the database lists them).</summary>
    private static async Task<List<Guid>> DepartmentsAsync(StudioDbContext db, IReadOnlyList<Guid>? ids, CancellationToken cancellationToken)
    {
        ids ??= [];
        var known = await db.Set<Department>().Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        return known.Count == ids.Distinct().Count() ? known : throw new WrongParameterException("Department not found.");
    }

    private static string ValidName(string? name) =>
        name?.Trim() is { Length: > 0 } trimmed ? trimmed : throw new WrongParameterException("Name cannot be empty.");

    private static string DataType(string? type)
    {
        type ??= "string";
        return DataTypes.Contains(type) ? type : throw new WrongParameterException("Invalid data_type");
    }

    private static JsonArray Choices(IReadOnlyList<string>? choices) => [.. (choices ?? []).Select(c => (JsonNode?)c)];

    private static async Task<List<MetadataDescriptorWithDepartments>> WithDepartmentsAsync(StudioDbContext db, IReadOnlyList<MetadataDescriptor> rows, CancellationToken cancellationToken)
    {
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<MetadataDescriptor>(), [.. rows.Select(r => r.Id)], cancellationToken);
        return [.. rows.Select(r => new MetadataDescriptorWithDepartments(r, links[r.Id]["departments"]))];
    }

    private static EventData Data(MetadataDescriptor descriptor) => new() { ["metadata_descriptor_id"] = descriptor.Id.ToString() };
}
