using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>
/// Posting comments, one or a batch, and removing them. Each posting is one transaction on the locked task row;
/// attachments written for a refused posting are removed again.
/// </summary>
public sealed class CommentService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time, AttachmentStore store, Previews.PreviewStore previews)
{
    /// <summary>Posts a comment on a task, possibly changing its status, with attachments.</summary>
    public async Task<WrittenComment> PostAsync(Actor actor, Guid taskId, CommentRequest request, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var written = new List<Guid>();

        // Once committed the files are the comment's: a step after that cut short (the caller went away) keeps them.
        var committed = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (comment, posting) = await PostOneAsync(db, actor, taskId, request, files, written, cancellationToken);
            await DatabaseErrors.SaveAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            committed = true;
            CopyPreviewFiles(posting);
            events.Publish([.. posting.Staged, .. posting.Transient]);
            return await CommentReads.WrittenAsync(db, comment, null, cancellationToken);
        }
        catch when (!committed)
        {
            written.ForEach(store.Delete);
            throw;
        }
    }

    /// <summary>
    /// Several comments in one transaction (<c>batch-comment</c>, <c>comment-many</c>). With
    /// <paramref name="skipRefused"/> the comments the caller may not post are left out, as Zou's
    /// <c>comment-many</c> does; otherwise a refusal refuses the whole batch.
    /// </summary>
    public async Task<IReadOnlyList<WrittenComment>> PostManyAsync(Actor actor, IReadOnlyList<(Guid TaskId, CommentRequest Request, IReadOnlyList<UploadedFile> Files)> items, bool skipRefused, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var written = new List<Guid>();

        // Once committed the files are the comment's: a step after that cut short (the caller went away) keeps them.
        var committed = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var comments = new List<Comment>();
            var postings = new List<CommentPosting>();
            foreach (var (taskId, request, files) in items)
            {
                try
                {
                    var (comment, posting) = await PostOneAsync(db, actor, taskId, request, files, written, cancellationToken);
                    comments.Add(comment);
                    postings.Add(posting);
                }
                catch (Exception e) when (skipRefused && e is PermissionDeniedException or NotFoundException)
                {
                }

                await DatabaseErrors.SaveAsync(db, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            committed = true;
            postings.ForEach(CopyPreviewFiles);
            events.Publish(postings.SelectMany(p => p.Staged.Concat(p.Transient)));
            var result = new List<WrittenComment>();
            foreach (var comment in comments)
            {
                result.Add(await CommentReads.WrittenAsync(db, comment, null, cancellationToken));
            }

            return result;
        }
        catch when (!committed)
        {
            written.ForEach(store.Delete);
            throw;
        }
    }

    /// <summary>
    /// A project manager or the author removes a comment with its notifications, news, attachments and
    /// preview links; the task is recomputed from the comments left (the rules of <c>DELETE /data/comments</c>).
    /// </summary>
    public async Task DeleteAsync(Crud.CrudService crud, Actor actor, Guid taskId, Guid commentId, CancellationToken cancellationToken)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Set<Comment>().AnyAsync(c => c.Id == commentId && c.ObjectId == taskId, cancellationToken))
            {
                throw new NotFoundException();
            }
        }

        await Crud.CrudRegistry.For<Comment>().DeleteAsync(crud, actor, commentId, force: false, cancellationToken);
    }

    /// <summary>The files of the previews a status automation imported, copied once the posting is committed.</summary>
    private void CopyPreviewFiles(CommentPosting posting) => posting.PreviewCopies.ForEach(c => previews.CopyAll(c.From, c.To));

    private async Task<(Comment Comment, CommentPosting Posting)> PostOneAsync(StudioDbContext db, Actor actor, Guid taskId, CommentRequest request, IReadOnlyList<UploadedFile> files, List<Guid> written, CancellationToken cancellationToken)
    {
        await CommentAccess.LockTaskAsync(db, taskId, cancellationToken);
        var task = await db.Set<ProductionTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
        var projectAccess = new ProjectAccess(db, actor);
        await projectAccess.EnsureMemberAsync(task.ProjectId, cancellationToken);
        var access = new TaskAccess(db, projectAccess);
        var status = await db.Set<ProductionTaskStatus>().FirstOrDefaultAsync(s => s.Id == request.TaskStatusId, cancellationToken)
            ?? throw new WrongParameterException("Task status not found.");

        // ZOU: task-act, or mentioned in the task's discussion and keeping its status; then the status must be allowed.
        if (!await access.CanActAsync(task, cancellationToken)
            && !(await CommentAccess.IsMentionedAsync(db, actor, task, cancellationToken) && status.Id == task.TaskStatusId))
        {
            throw new PermissionDeniedException();
        }

        await access.EnsureStatusAllowedAsync(task.ProjectId, status.Id, task.TaskStatusId, cancellationToken);

        // ZOU: the retake cap, per entity (data.max_retakes) or per production.
        var project = await db.Set<Project>().AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (status.IsRetake && project.MaxRetakes > 0)
        {
            var entityData = await db.Set<Entity>().Where(e => e.Id == task.EntityId).Select(e => e.Data).FirstOrDefaultAsync(cancellationToken);
            var limit = entityData is JsonObject d && d["max_retakes"] is JsonValue v && v.TryGetValue<int>(out var own) && own > 0 ? own : project.MaxRetakes!.Value;
            if ((task.RetakeCount ?? 0) >= limit)
            {
                throw new WrongParameterException("No more retakes allowed on this task");
            }
        }

        var manager = actor.IsManager || await projectAccess.EffectiveRoleAsync(task.ProjectId, cancellationToken) is Roles.Manager;
        var now = time.GetUtcNow().UtcDateTime;
        var author = manager && request.PersonId is { } p && await db.Set<Person>().AnyAsync(x => x.Id == p, cancellationToken) ? p : actor.PersonId;
        var createdAt = manager && request.CreatedAt is { } at ? at : now;
        var posting = new CommentPosting(db, actor.PersonId, now);
        var comment = await posting.PostAsync(task, status, request.Text, author, createdAt, request.ChecklistItems(), request.Links, manager && request.ForClient, expandHashtags: true, 0, cancellationToken);
        await CommentAttachmentsService.StoreAsync(db, store, comment.Id, null, files, written, cancellationToken);
        return (comment, posting);
    }
}
