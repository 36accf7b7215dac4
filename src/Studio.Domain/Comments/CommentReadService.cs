using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>Reading a task's comments as <see cref="CommentVisibility"/> lets the caller see them.</summary>
public sealed class CommentReadService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>A task's comments, newest first, as the caller may see them.</summary>
    public async Task<IReadOnlyList<ListedComment>> ListAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.ObjectId == task.Id).OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
        var (visible, view) = await CommentVisibility.FilterAsync(db, actor, task.ProjectId, comments, cancellationToken);
        return await CommentReads.ListedAsync(db, visible, view, cancellationToken);
    }

    /// <summary>One comment of a task, as the list shows it (blanked for a client when the list blanks it); 403 when the list hides it.</summary>
    public async Task<ListedComment> GetAsync(Actor actor, Guid taskId, Guid commentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var comment = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId && c.ObjectId == task.Id, cancellationToken) ?? throw new NotFoundException();
        var (visible, view) = await CommentVisibility.FilterAsync(db, actor, task.ProjectId, [comment], cancellationToken);
        if (visible.Count == 0)
        {
            throw new PermissionDeniedException();
        }

        return (await CommentReads.ListedAsync(db, visible, view, cancellationToken))[0];
    }
}
