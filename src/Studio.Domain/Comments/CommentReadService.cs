using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>§5.1.2 reading a task's comments with Zou's visibility rules.</summary>
public sealed class CommentReadService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>§5.1.2: a task's comments, newest first, as the caller may see them.</summary>
    public async Task<JsonArray> ListAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.ObjectId == task.Id).OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
        var (visible, view) = await VisibleAsync(db, actor, task, comments, cancellationToken);
        return await CommentJson.ListedAsync(db, visible, cancellationToken, view);
    }

    public async Task<JsonObject> GetAsync(Actor actor, Guid taskId, Guid commentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var comment = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId && c.ObjectId == task.Id, cancellationToken) ?? throw new NotFoundException();
        var (visible, view) = await VisibleAsync(db, actor, task, [comment], cancellationToken);
        if (visible.Count == 0)
        {
            throw new PermissionDeniedException();
        }

        return (await CommentJson.ListedAsync(db, visible, cancellationToken, view))[0]!.AsObject();
    }

    /// <summary>
    /// §5.1.2: artists, vendors and supervisors do not see clients' comments. Clients see the comments shared with
    /// them and, depending on the production's isolation, their own or all clients' comments; the studio's other
    /// comments that carry previews they may see come too, blanked (<see cref="ClientCommentView"/>).
    /// </summary>
    private static async Task<(List<Comment> Visible, ClientCommentView? View)> VisibleAsync(StudioDbContext db, Actor actor, ProductionTask task, List<Comment> comments, CancellationToken cancellationToken)
    {
        var role = await new ProjectAccess(db, actor).EffectiveRoleAsync(task.ProjectId, cancellationToken);
        if (role is Roles.Admin or Roles.Manager)
        {
            return (comments, null);
        }

        var people = comments.SelectMany(c => new[] { (Guid?)c.PersonId, c.EditorId }.Concat(CommentJson.ReplyAuthors(c))).OfType<Guid>().Distinct().ToList();
        var clients = await CommentAccess.ClientsAsync(db, task.ProjectId, people, cancellationToken);
        if (role != Roles.Client)
        {
            return ([.. comments.Where(c => !clients.Contains(c.PersonId))], null);
        }

        var isolated = await db.Set<Project>().Where(p => p.Id == task.ProjectId).Select(p => p.IsClientsIsolated).FirstOrDefaultAsync(cancellationToken);
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
}
