using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>
/// Which comments of a task a caller may see, the one rule behind a task's comment list and every route that
/// reads one comment or something it carries (its attachments, the comment returned by an acknowledgement).
/// Managers and supervisors see everything. Artists and vendors do not see clients' comments. Clients see the
/// comments shared with them and, depending on the production's isolation, their own or all clients' comments;
/// the studio's other comments that carry previews they may see come too, blanked (<see cref="ClientCommentView"/>).
/// </summary>
public static class CommentVisibility
{
    /// <summary>The comments of <paramref name="comments"/> (all on tasks of one project) the caller sees, and how a client sees them.</summary>
    internal static async Task<(List<Comment> Visible, ClientCommentView? View)> FilterAsync(StudioDbContext db, Actor actor, Guid? projectId, List<Comment> comments, CancellationToken cancellationToken)
    {
        var role = await new ProjectAccess(db, actor).EffectiveRoleAsync(projectId, cancellationToken);
        if (SeesAll(role))
        {
            return (comments, null);
        }

        var people = comments.SelectMany(c => new[] { (Guid?)c.PersonId, c.EditorId }.Concat(CommentReads.ReplyAuthors(c))).OfType<Guid>().Distinct().ToList();
        var clients = await CommentAccess.ClientsAsync(db, projectId, people, cancellationToken);
        if (role != Roles.Client)
        {
            return ([.. comments.Where(c => !clients.Contains(c.PersonId))], null);
        }

        var isolated = await db.Set<Project>().Where(p => p.Id == projectId).Select(p => p.IsClientsIsolated).FirstOrDefaultAsync(cancellationToken);
        var ids = comments.Select(c => c.Id).ToList();
        var withPreviews = (await db.Set<CommentPreviewLink>().AsNoTracking().Where(l => ids.Contains(l.CommentId))
            .Join(db.Set<Previews.PreviewFile>().Where(p => p.ValidationStatus != ClientCommentView.Rejected), l => l.PreviewFileId, p => p.Id, (l, p) => l.CommentId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var visible = new List<Comment>();
        var blanked = new HashSet<Guid>();
        foreach (var comment in comments)
        {
            var shared = comment.ForClient || (isolated ? comment.PersonId == actor.PersonId : clients.Contains(comment.PersonId));
            if (shared)
            {
                visible.Add(comment);
            }
            else if (withPreviews.Contains(comment.Id) && !clients.Contains(comment.PersonId))
            {
                visible.Add(comment);
                blanked.Add(comment.Id);
            }
        }

        return (visible, new ClientCommentView(blanked, clients));
    }

    /// <summary>
    /// Sorts comments of tasks in any production, as their tasks' lists show them to the caller: those it does not
    /// see and those it sees only blanked. For the feeds that point at comments (news, notifications), before they
    /// are paged; the comments of productions where the caller sees everything are not loaded.
    /// </summary>
    public static async Task<(HashSet<Guid> Hidden, HashSet<Guid> Blanked)> SortAsync(StudioDbContext db, Actor actor, IQueryable<Comment> comments, CancellationToken cancellationToken)
    {
        var hidden = new HashSet<Guid>();
        var blanked = new HashSet<Guid>();
        if (actor.IsAdmin)
        {
            return (hidden, blanked);
        }

        var tasks = db.Set<ProductionTask>();
        var projects = await comments.Join(tasks, c => c.ObjectId, t => t.Id, (c, t) => t.ProjectId).Distinct().ToListAsync(cancellationToken);
        var access = new ProjectAccess(db, actor);
        foreach (var project in projects)
        {
            if (SeesAll(await access.EffectiveRoleAsync(project, cancellationToken)))
            {
                continue;
            }

            var inProject = await comments.AsNoTracking().Where(c => tasks.Any(t => t.Id == c.ObjectId && t.ProjectId == project)).ToListAsync(cancellationToken);
            var (visible, view) = await FilterAsync(db, actor, project, inProject, cancellationToken);
            var shown = visible.Select(c => c.Id).ToHashSet();
            hidden.UnionWith(inProject.Select(c => c.Id).Where(id => !shown.Contains(id)));
            blanked.UnionWith(shown.Where(id => view?.Blanks(id) ?? false));
        }

        return (hidden, blanked);
    }

    /// <summary>
    /// Refuses a comment the caller would not find in its task's list, or would find only blanked: reading it whole
    /// (or downloading its attachments) needs the task readable and the comment shown in full. Returns its task.
    /// </summary>
    public static async Task<ProductionTask> EnsureReadableAsync(StudioDbContext db, Actor actor, Comment comment, CancellationToken cancellationToken)
    {
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == comment.ObjectId, cancellationToken);
        if (task is null)
        {
            ProjectAccess.EnsureAdmin(actor);
            throw new NotFoundException();
        }

        await TaskService.ReadableAsync(db, actor, task.Id, cancellationToken);
        var (visible, view) = await FilterAsync(db, actor, task.ProjectId, [comment], cancellationToken);
        if (visible.Count == 0 || (view?.Blanks(comment.Id) ?? false))
        {
            throw new PermissionDeniedException();
        }

        return task;
    }

    /// <summary>An attachment's file goes to whoever may read its comment whole; chat attachments are not served here.</summary>
    public static async Task EnsureAttachmentReadableAsync(StudioDbContext db, Actor actor, AttachmentFile file, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == file.CommentId, cancellationToken) ?? throw new NotFoundException();
        await EnsureReadableAsync(db, actor, comment, cancellationToken);
    }

    /// <summary>Supervisors review with the managers: they read the clients' feedback too.</summary>
    private static bool SeesAll(string? role) => role is Roles.Admin or Roles.Manager or Roles.Supervisor;

    /// <summary>
    /// Refuses a comment its task's list hides from the caller; returns how a client sees it (null for the others),
    /// for the routes that answer with the comment (an acknowledgement, a removed reply). Blanked comments pass:
    /// the list shows them.
    /// </summary>
    internal static async Task<ClientCommentView?> EnsureListedAsync(StudioDbContext db, Actor actor, ProductionTask task, Comment comment, CancellationToken cancellationToken)
    {
        var (visible, view) = await FilterAsync(db, actor, task.ProjectId, [comment], cancellationToken);
        return visible.Count == 0 ? throw new PermissionDeniedException() : view;
    }
}
