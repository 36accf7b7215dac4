using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Files;
using Studio.Domain.Persistence;
using Studio.Domain.Previews;
using Studio.Domain.Tasks;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/preview-files</c>: team members read (a vendor only the previews of tasks they are assigned to); a
/// project manager or an assignee of the preview's task updates; a new revision on a preview stays unique in its
/// task and carries the other previews of the same revision with it.
/// </summary>
public sealed class PreviewFilesCollection : RuleCollection<PreviewFile>
{
    public PreviewFilesCollection()
        : base("preview-files")
    {
        List = Who.Anyone;
        Read = Who.ProjectMember;
        Delete = Who.ProjectManager;
        Projects = ProjectRowsOf.ByTask<PreviewFile>(p => p.TaskId, p => p.TaskId);
    }

    public override IReadOnlyList<ProjectReference<PreviewFile>> SameProjectReferences { get; } =
        [new("source_file_id", p => p.SourceFileId, ProjectOfId.OutputFileAsync)];

    public override async Task<IQueryable<PreviewFile>> ScopeAsync(CrudContext context, IQueryable<PreviewFile> query, CancellationToken cancellationToken)
    {
        query = await base.ScopeAsync(context, query, cancellationToken);
        var me = context.Actor.PersonId;
        var db = context.Db;
        return context.Actor.IsVendor ? query.Where(p => db.Set<TaskPersonLink>().Any(l => l.TaskId == p.TaskId && l.PersonId == me)) : query;
    }

    public override async Task CheckReadAsync(CrudContext context, PreviewFile row, CancellationToken cancellationToken)
    {
        await base.CheckReadAsync(context, row, cancellationToken);
        if (context.Actor.IsVendor && !await context.Db.Set<TaskPersonLink>().AnyAsync(l => l.TaskId == row.TaskId && l.PersonId == context.Actor.PersonId, cancellationToken))
        {
            throw new PermissionDeniedException();
        }
    }

    public override async Task CheckUpdateAsync(CrudContext context, PreviewFile row, CrudChanges<PreviewFile> changes, CancellationToken cancellationToken)
    {
        var projectId = await Projects!.ProjectOf(context.Db, row, cancellationToken);
        await context.Access.EnsureMemberAsync(projectId, cancellationToken);
        var role = await context.Access.EffectiveRoleAsync(projectId, cancellationToken);
        if (role is not (Roles.Admin or Roles.Manager)
            && !await context.Db.Set<TaskPersonLink>().AnyAsync(l => l.TaskId == row.TaskId && l.PersonId == context.Actor.PersonId, cancellationToken))
        {
            throw new PermissionDeniedException();
        }
    }

    /// <summary>
    /// With <paramref name="force"/>, the preview leaves its comments, playlists' thumbnails and entities, and its files
    /// are removed once the deletion is committed.
    /// </summary>
    public override async Task DeleteAsync(CrudContext context, PreviewFile row, bool force, CancellationToken cancellationToken)
    {
        if (force)
        {
            await CascadeDelete.RemoveAsync<PreviewFile>(context.Db, [row.Id], cancellationToken);
            var store = context.Services.GetRequiredService<PreviewStore>();
            context.AfterCommit.Add(() => store.DeleteAll(row.Id));
            return;
        }

        await base.DeleteAsync(context, row, force, cancellationToken);
    }

    public override async Task BeforeUpdateAsync(CrudContext context, PreviewFile row, CrudChanges<PreviewFile> changes, CancellationToken cancellationToken)
    {
        var revision = context.Db.Entry(row).Property(p => p.Revision);
        if (revision.OriginalValue == row.Revision || row.Position is not (null or 1))
        {
            return;
        }

        // ZOU: the first preview of a revision names the revision: the new number must be free in the task, and the
        // other previews of the old revision follow.
        var db = context.Db;
        if (await db.Set<PreviewFile>().AnyAsync(p => p.TaskId == row.TaskId && p.Revision == row.Revision && p.Id != row.Id, cancellationToken))
        {
            throw new WrongParameterException("Revision already exists.");
        }

        var old = revision.OriginalValue;
        var siblings = await db.Set<PreviewFile>().Where(p => p.TaskId == row.TaskId && p.Revision == old && p.Id != row.Id).ToListAsync(cancellationToken);
        foreach (var sibling in siblings)
        {
            sibling.Revision = row.Revision;
        }
    }
}

/// <summary>
/// <c>/data/working-files</c>: no vendors, in the list as one by one; team members read; whoever may act on the task
/// updates. ZOU: Zou's list refuses vendors but lets one read a working file of a task it may read.
/// </summary>
public sealed class WorkingFilesCollection : RuleCollection<WorkingFile>
{
    public WorkingFilesCollection()
        : base("working-files")
    {
        List = Who.NoVendor;
        Read = Who.ProjectMemberNoVendor;
        Projects = ProjectRowsOf.ByTask<WorkingFile>(w => w.TaskId, w => w.TaskId, openOnly: false);
    }

    public override IReadOnlyList<ProjectReference<WorkingFile>> SameProjectReferences { get; } =
        [new("entity_id", w => w.EntityId, ProjectOfId.EntityAsync)];

    public override async Task CheckUpdateAsync(CrudContext context, WorkingFile row, CrudChanges<WorkingFile> changes, CancellationToken cancellationToken)
    {
        if (context.Actor.IsAdmin)
        {
            return;
        }

        var task = await context.Db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == row.TaskId, cancellationToken)
            ?? throw new PermissionDeniedException();
        await context.Access.EnsureMemberAsync(task.ProjectId, cancellationToken);
        await new TaskAccess(context.Db, context.Access).EnsureCanActAsync(task, cancellationToken);
    }
}

/// <summary>
/// <c>/data/output-files</c>: no vendors, in the list as one by one; team members read; a project manager or an
/// assignee of one of the entity's tasks updates. ZOU: Zou's list refuses vendors but lets one read an output file
/// of an entity it has a task on.
/// </summary>
public sealed class OutputFilesCollection : RuleCollection<OutputFile>
{
    public OutputFilesCollection()
        : base("output-files")
    {
        List = Who.NoVendor;
        Read = Who.ProjectMemberNoVendor;
        Projects = ProjectRowsOf.ByEntity<OutputFile>(o => o.EntityId, o => o.EntityId, openOnly: false);
    }

    public override IReadOnlyList<ProjectReference<OutputFile>> SameProjectReferences { get; } =
    [
        new("temporal_entity_id", o => o.TemporalEntityId, ProjectOfId.EntityAsync),
        new("asset_instance_id", o => o.AssetInstanceId, ProjectOfId.AssetInstanceAsync),
        new("source_file_id", o => o.SourceFileId, ProjectOfId.WorkingFileAsync),
    ];

    public override async Task CheckUpdateAsync(CrudContext context, OutputFile row, CrudChanges<OutputFile> changes, CancellationToken cancellationToken)
    {
        var projectId = await Projects!.ProjectOf(context.Db, row, cancellationToken);
        var role = await context.Access.EffectiveRoleAsync(projectId, cancellationToken);
        if (role is Roles.Admin or Roles.Manager)
        {
            return;
        }

        var me = context.Actor.PersonId;
        var db = context.Db;
        var assigned = role is not null && await db.Set<ProductionTask>().AnyAsync(t => t.EntityId == row.EntityId
            && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me), cancellationToken);
        if (!assigned)
        {
            throw new PermissionDeniedException();
        }
    }
}
