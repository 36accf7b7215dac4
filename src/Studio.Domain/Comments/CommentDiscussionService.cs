using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>The discussion under a comment: acknowledgements and replies, on the comments the caller finds in the task's list.</summary>
public sealed class CommentDiscussionService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time, AttachmentStore store)
{
    /// <summary>Toggles the caller's acknowledgement of a comment; answers with the comment as the caller sees it.</summary>
    public async Task<WrittenComment> AcknowledgeAsync(Actor actor, Guid taskId, Guid commentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var comment = await CommentAccess.CommentOfAsync(db, task, commentId, cancellationToken);
        var view = await CommentVisibility.EnsureListedAsync(db, actor, task, comment, cancellationToken);
        var existing = await db.Set<CommentAcknowledgement>().FirstOrDefaultAsync(a => a.CommentId == comment.Id && a.PersonId == actor.PersonId, cancellationToken);
        string name;
        if (existing is null)
        {
            db.Add(new CommentAcknowledgement { CommentId = comment.Id, PersonId = actor.PersonId });
            name = "comment:acknowledge";
        }
        else
        {
            db.Remove(existing);
            name = "comment:unacknowledge";
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([CommentAccess.Transient(time, name, new EventData { ["comment_id"] = comment.Id.ToString(), ["person_id"] = actor.PersonId.ToString() }, task.ProjectId, actor)]);
        return await CommentReads.WrittenAsync(db, comment, view, cancellationToken);
    }

    /// <summary>Appends a reply to a comment the caller sees, with its mentions, attachments and notifications.</summary>
    public async Task<PostedReply> ReplyAsync(Actor actor, Guid taskId, Guid commentId, string text, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var written = new List<Guid>();

        // Once committed the files are the reply's: a step after that cut short (the caller went away) keeps them.
        var committed = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
            var comment = await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken) ?? throw new NotFoundException();
            if (comment.ObjectId != task.Id)
            {
                throw new PermissionDeniedException();
            }

            await CommentVisibility.EnsureListedAsync(db, actor, task, comment, cancellationToken);

            var access = new TaskAccess(db, new ProjectAccess(db, actor));
            if (comment.PersonId != actor.PersonId && !await access.CanActAsync(task, cancellationToken) && !await CommentAccess.IsMentionedAsync(db, actor, task, cancellationToken))
            {
                throw new PermissionDeniedException();
            }

            if (await new ProjectAccess(db, actor).EffectiveRoleAsync(task.ProjectId, cancellationToken) == Roles.Client
                && comment.PersonId != actor.PersonId && await CommentAccess.AuthorIsClientAsync(db, task, comment.PersonId, cancellationToken))
            {
                throw new PermissionDeniedException();
            }

            var now = time.GetUtcNow().UtcDateTime;
            var (persons, departments) = await CommentMentions.ParseAsync(db, task.ProjectId, text, cancellationToken);
            var reply = new CommentReply(Guid.NewGuid(), actor.PersonId, text, now, persons, departments);
            var replies = comment.Replies as JsonArray ?? [];
            var previousRepliers = CommentReads.ReplyAuthors(comment).OfType<Guid>().ToList();
            comment.Replies = new JsonArray([.. replies.Select(r => r?.DeepClone()), reply.ToStored()]);
            var replyId = reply.Id;
            var attachments = await CommentAttachmentsService.StoreAsync(db, store, comment.Id, replyId, files, written, cancellationToken);

            var recipients = await db.Set<TaskPersonLink>().Where(l => l.TaskId == task.Id).Select(l => l.PersonId)
                .Union(db.Set<Subscription>().Where(s => s.TaskId == task.Id).Select(s => s.PersonId)).ToListAsync(cancellationToken);
            var notified = new List<Notification>();
            foreach (var person in recipients.Concat(previousRepliers).Append(comment.PersonId).Distinct().Where(p => p != actor.PersonId))
            {
                notified.Add(new Notification { Id = Guid.NewGuid(), NotificationType = "reply", PersonId = person, AuthorId = actor.PersonId, CommentId = comment.Id, TaskId = task.Id, ReplyId = replyId });
            }

            // ZOU: the people mentioned, and the team members of the departments mentioned, get a reply-mention.
            var mentioned = persons.Concat(await CommentMentions.DepartmentMembersAsync(db, task.ProjectId, departments, cancellationToken));
            foreach (var person in mentioned.Distinct().Where(p => p != actor.PersonId))
            {
                notified.Add(new Notification { Id = Guid.NewGuid(), NotificationType = "reply-mention", PersonId = person, AuthorId = actor.PersonId, CommentId = comment.Id, TaskId = task.Id, ReplyId = replyId });
            }

            db.AddRange(notified);
            var e = EventPublisher.Stage(db, "comment:reply", new EventData { ["task_id"] = task.Id.ToString(), ["comment_id"] = comment.Id.ToString(), ["reply_id"] = replyId.ToString() }, task.ProjectId, actor.PersonId);
            await DatabaseErrors.SaveAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            committed = true;
            events.Publish([e, .. notified.Select(n => CommentAccess.Transient(time, "notification:new",
                new EventData { ["notification_id"] = n.Id.ToString(), ["person_id"] = n.PersonId.ToString() }, task.ProjectId, actor))]);
            var author = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == actor.PersonId, cancellationToken);
            return new PostedReply(reply, author, attachments);
        }
        catch when (!committed)
        {
            written.ForEach(store.Delete);
            throw;
        }
    }

    /// <summary>The reply's author or an admin removes a reply with its attachments and notifications.</summary>
    public async Task<WrittenComment> DeleteReplyAsync(Actor actor, Guid taskId, Guid commentId, Guid replyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var comment = await CommentAccess.CommentOfAsync(db, task, commentId, cancellationToken);
        var view = await CommentVisibility.EnsureListedAsync(db, actor, task, comment, cancellationToken);
        var replies = comment.Replies as JsonArray ?? [];
        var reply = replies.OfType<JsonObject>().FirstOrDefault(r => r["id"]?.ToString() == replyId.ToString()) ?? throw new NotFoundException();
        if (!actor.IsAdmin && reply["person_id"]?.ToString() != actor.PersonId.ToString())
        {
            throw new PermissionDeniedException();
        }

        comment.Replies = new JsonArray([.. replies.Where(r => r != reply).Select(r => r?.DeepClone())]);
        var files = await db.Set<AttachmentFile>().Where(a => a.CommentId == comment.Id && a.ReplyId == replyId).ToListAsync(cancellationToken);
        db.RemoveRange(files);
        await db.Set<Notification>().Where(n => n.ReplyId == replyId).ExecuteDeleteAsync(cancellationToken);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        files.ForEach(f => store.Delete(f.Id));
        events.Publish([CommentAccess.Transient(time, "comment:delete-reply", new EventData { ["comment_id"] = comment.Id.ToString(), ["reply_id"] = replyId.ToString() }, task.ProjectId, actor)]);
        return await CommentReads.WrittenAsync(db, comment, view, cancellationToken);
    }
}
