using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>
/// ZOU: <c>POST /actions/tasks/&lt;t&gt;/comments/&lt;c&gt;/move {target_task_id}</c>: a manager moves a comment to
/// another task of the same entity; its notifications and news follow, and both tasks are recomputed.
/// </summary>
public sealed class CommentMoveService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>Moves the comment to <paramref name="targetId"/>; answers with the comment as it is now.</summary>
    public async Task<WrittenComment> MoveAsync(Actor actor, Guid taskId, Guid commentId, Guid targetId, CancellationToken cancellationToken)
    {
        if (!actor.IsManager)
        {
            throw new PermissionDeniedException();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var locked in new[] { taskId, targetId }.Order())
        {
            await CommentAccess.LockTaskAsync(db, locked, cancellationToken);
        }

        await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        await TaskService.ReadableAsync(db, actor, targetId, cancellationToken);
        var source = await db.Set<ProductionTask>().FirstAsync(t => t.Id == taskId, cancellationToken);
        var target = await db.Set<ProductionTask>().FirstAsync(t => t.Id == targetId, cancellationToken);
        var comment = await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId && c.ObjectId == source.Id, cancellationToken) ?? throw new NotFoundException();
        if (target.Id == source.Id || target.EntityId != source.EntityId)
        {
            throw new WrongParameterException("The comment can only move to another task of the same entity.");
        }

        if (await db.Set<CommentPreviewLink>().AnyAsync(l => l.CommentId == comment.Id, cancellationToken))
        {
            throw new WrongParameterException("A comment with previews cannot be moved.");
        }

        comment.ObjectId = target.Id;

        // Saved first: the history replays below read the tasks' comments from the database.
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await db.Set<Events.Notification>().Where(n => n.CommentId == comment.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.TaskId, target.Id), cancellationToken);
        await db.Set<News>().Where(n => n.CommentId == comment.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.TaskId, target.Id), cancellationToken);
        var staged = new List<ApiEvent>
        {
            Stage(db, actor, "comment:delete", new EventData { ["comment_id"] = comment.Id.ToString(), ["task_id"] = source.Id.ToString() }, source.ProjectId),
            Stage(db, actor, "comment:new", new EventData
            {
                ["comment_id"] = comment.Id.ToString(), ["task_id"] = target.Id.ToString(), ["task_status_id"] = comment.TaskStatusId?.ToString(),
            }, target.ProjectId),
        };
        foreach (var task in new[] { source, target })
        {
            var previous = await TaskHistory.ResetAsync(db, task, cancellationToken);
            staged.Add(Stage(db, actor, "task:update", new EventData { ["task_id"] = task.Id.ToString() }, task.ProjectId));
            if (previous != task.TaskStatusId)
            {
                staged.Add(Stage(db, actor, "task:status-changed", new EventData
                {
                    ["task_id"] = task.Id.ToString(), ["new_task_status_id"] = task.TaskStatusId?.ToString(), ["previous_task_status_id"] = previous?.ToString(),
                    ["person_id"] = actor.PersonId.ToString(),
                }, task.ProjectId));
            }
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
        return await CommentReads.WrittenAsync(db, comment, null, cancellationToken);
    }

    private static ApiEvent Stage(StudioDbContext db, Actor actor, string name, EventData data, Guid? projectId) =>
        EventPublisher.Stage(db, name, data, projectId, actor.PersonId);
}
