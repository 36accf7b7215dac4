using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/tasks</c>: project managers create tasks on an entity whose kind matches the task type (Zou checks
/// only the token here, which lets anyone add tasks to any production: Studio asks for a project manager, as
/// Zou's own create-tasks action does); supervisors may change only planning fields; a vendor sees only their tasks.
/// </summary>
public sealed class TasksCollection : RuleCollection<ProductionTask>
{
    private static readonly HashSet<string> SupervisorFields = new(StringComparer.Ordinal) { "priority", "start_date", "due_date", "estimation", "difficulty", "data" };

    public TasksCollection()
        : base("tasks")
    {
        List = Who.Anyone;
        Read = Who.ProjectMember;
        Create = Who.ProjectManager;
        Update = Who.ProjectManager;
        Delete = Who.ProjectManager;
        Projects = ProjectRowsOf.ByColumn<ProductionTask>(t => t.ProjectId);
    }

    public override IReadOnlyList<ProjectReference<ProductionTask>> SameProjectReferences { get; } =
    [
        new("entity_id", t => t.EntityId, ProjectOfId.EntityAsync, "The task and its entity must belong to the same project."),
        new("last_preview_file_id", t => t.LastPreviewFileId, ProjectOfId.PreviewFileAsync),
    ];

    public override async Task<IQueryable<ProductionTask>> ScopeAsync(CrudContext context, IQueryable<ProductionTask> query, CancellationToken cancellationToken)
    {
        query = await base.ScopeAsync(context, query, cancellationToken);
        var me = context.Actor.PersonId;
        var db = context.Db;
        return context.Actor.IsVendor ? query.Where(t => db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me)) : query;
    }

    public override bool TryApplySpecialFilter(CrudContext context, ref IQueryable<ProductionTask> query, string key, string value, IReadOnlyDictionary<string, string> all)
    {
        if (key != "episode_id")
        {
            return false;
        }

        // ZOU: tasks of an episode are those of its sequences' shots (shot → sequence → episode).
        var episode = Guid.TryParse(value, out var id) ? id : throw new WrongParameterException($"Invalid UUID value: {value}");
        var db = context.Db;
        query = query.Where(t => db.Set<Entity>().Any(shot => shot.Id == t.EntityId
            && db.Set<Entity>().Any(sequence => sequence.Id == shot.ParentId && sequence.ParentId == episode)));
        return true;
    }

    public override async Task CheckReadAsync(CrudContext context, ProductionTask row, CancellationToken cancellationToken)
    {
        await base.CheckReadAsync(context, row, cancellationToken);
        await TaskService.ReadableAsync(context.Db, context.Actor, row.Id, cancellationToken);
    }

    public override async Task CheckUpdateAsync(CrudContext context, ProductionTask row, CrudChanges<ProductionTask> changes, CancellationToken cancellationToken)
    {
        // ZOU: task-sup-write: a supervisor changes only planning fields, and only on tasks of their departments
        // (any task when they have no department).
        var role = await context.Access.EffectiveRoleAsync(row.ProjectId, cancellationToken);
        var allowed = role is Roles.Admin or Roles.Manager
            || (role == Roles.Supervisor && changes.Keys.All(SupervisorFields.Contains)
                && await new TaskAccess(context.Db, context.Access).IsSupervisorInDepartmentAsync(row, cancellationToken));
        if (!allowed)
        {
            throw new PermissionDeniedException();
        }

        changes.MergeData(row.Data);
    }

    public override async Task BeforeUpdateAsync(CrudContext context, ProductionTask row, CrudChanges<ProductionTask> changes, CancellationToken cancellationToken)
    {
        if (changes.IdsOf("assignees") is { } assignees)
        {
            var before = await TaskAssignments.AssigneesAsync(context.Db, row.Id, cancellationToken);
            await StageAssignmentsAsync(context, row, before, assignees, cancellationToken);
        }
    }

    /// <summary>
    /// ZOU: without <paramref name="force"/> a task that has comments (or previews, files, time spents, which the
    /// database guards) is refused; with it, everything attached to the task goes with it.
    /// </summary>
    public override async Task DeleteAsync(CrudContext context, ProductionTask row, bool force, CancellationToken cancellationToken)
    {
        var db = context.Db;
        if (force)
        {
            await CascadeDelete.RemoveAsync<ProductionTask>(db, [row.Id], cancellationToken);
            return;
        }

        if (await db.Set<Comments.Comment>().AnyAsync(c => c.ObjectId == row.Id, cancellationToken))
        {
            throw new IntegrityException(DatabaseErrors.ForeignKey);
        }

        await db.Set<TaskPersonLink>().Where(l => l.TaskId == row.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Events.Subscription>().Where(s => s.TaskId == row.Id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(row);
    }

    public override async Task CheckCreateAsync(CrudContext context, ProductionTask row, CrudChanges<ProductionTask> changes, CancellationToken cancellationToken)
    {
        row.ProjectId ??= await context.Db.Set<Entity>().Where(e => e.Id == row.EntityId).Select(e => (Guid?)e.ProjectId).FirstOrDefaultAsync(cancellationToken);
        await base.CheckCreateAsync(context, row, changes, cancellationToken);
    }

    public override async Task BeforeCreateAsync(CrudContext context, ProductionTask row, CrudChanges<ProductionTask> changes, CancellationToken cancellationToken)
    {
        var db = context.Db;
        row.Name = string.IsNullOrEmpty(row.Name) ? "main" : row.Name;
        var entity = await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == row.EntityId, cancellationToken)
            ?? throw new WrongParameterException("Entity not found.");
        var taskType = await db.Set<TaskType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == row.TaskTypeId, cancellationToken)
            ?? throw new WrongParameterException("Task type not found.");
        var kind = (await EntityKinds.KindsAsync(db, [entity.EntityTypeId], cancellationToken)).GetValueOrDefault(entity.EntityTypeId, EntityKinds.Asset);
        if (!string.Equals(taskType.ForEntity ?? EntityKinds.Asset, kind, StringComparison.Ordinal))
        {
            throw new WrongParameterException("Task type of the task does not match entity type.");
        }

        row.ProjectId ??= entity.ProjectId;
        if (row.ProjectId != entity.ProjectId)
        {
            throw new WrongParameterException("The task and its entity must belong to the same project.");
        }

        row.TaskStatusId ??= (await new TaskStatuses(db).DefaultAsync(kind == "Concept", cancellationToken)).Id;
        row.AssignerId ??= context.Actor.PersonId;
        if (await db.Set<ProductionTask>().AnyAsync(t => t.Name == row.Name && t.ProjectId == row.ProjectId && t.TaskTypeId == row.TaskTypeId && t.EntityId == row.EntityId, cancellationToken))
        {
            throw new IntegrityException("Task already exists.");
        }

        await StageAssignmentsAsync(context, row, [], changes.IdsOf("assignees") ?? [], cancellationToken);
    }

    /// <summary>Announces the assignees a body adds or removes (unknown person ids are dropped, as the relation drops them).</summary>
    private static async Task StageAssignmentsAsync(CrudContext context, ProductionTask row, List<Guid> before, IReadOnlyList<Guid> assignees, CancellationToken cancellationToken)
    {
        var wanted = assignees.Distinct().ToList();
        var after = await context.Db.Set<Person>().Where(p => wanted.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var (name, eventData) in TaskAssignments.Changed(context.Db, row.Id, context.Actor.PersonId, before, after))
        {
            context.Stage(name, eventData, row.ProjectId);
        }
    }
}
