using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>Comment attachments: files added to a comment (or a reply), removed, and served to the task's readers.</summary>
public sealed class CommentAttachmentsService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, AttachmentStore store)
{
    /// <summary>The author or a project manager adds files to a comment; returns the new attachments.</summary>
    public async Task<IReadOnlyList<AttachmentFile>> AddAttachmentsAsync(Actor actor, Guid taskId, Guid commentId, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            throw new WrongParameterException("No file was sent.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var written = new List<Guid>();
        try
        {
            var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
            var comment = await CommentAccess.CommentOfAsync(db, task, commentId, cancellationToken);
            await CommentAccess.EnsureAuthorOrManagerAsync(db, actor, task, comment, cancellationToken);
            var added = await StoreAsync(db, store, comment.Id, null, files, written, cancellationToken);
            var e = EventPublisher.Stage(db, "comment:update", new EventData { ["comment_id"] = comment.Id.ToString(), ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId);
            await DatabaseErrors.SaveAsync(db, cancellationToken);
            events.Publish([e]);
            return added;
        }
        catch
        {
            written.ForEach(store.Delete);
            throw;
        }
    }

    public async Task DeleteAttachmentAsync(Actor actor, Guid taskId, Guid commentId, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var comment = await CommentAccess.CommentOfAsync(db, task, commentId, cancellationToken);
        await CommentAccess.EnsureAuthorOrManagerAsync(db, actor, task, comment, cancellationToken);
        var file = await db.Set<AttachmentFile>().FirstOrDefaultAsync(a => a.Id == attachmentId && a.CommentId == comment.Id, cancellationToken) ?? throw new NotFoundException();
        db.Remove(file);
        var e = EventPublisher.Stage(db, "comment:update", new EventData { ["comment_id"] = comment.Id.ToString(), ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        store.Delete(file.Id);
        events.Publish([e]);
    }

    /// <summary>An attachment's file, for the caller allowed to read its comment whole: (path, name, mimetype).</summary>
    public async Task<(string Path, string Name, string? Mimetype)> AttachmentFileAsync(Actor actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var file = await db.Set<AttachmentFile>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, cancellationToken) ?? throw new NotFoundException();
        await CommentVisibility.EnsureAttachmentReadableAsync(db, actor, file, cancellationToken);
        var path = store.PathOf(file.Id);
        return File.Exists(path) ? (path, file.Name ?? "attachment", file.Mimetype) : throw new NotFoundException();
    }

    /// <summary>Stores uploaded files as attachments of a comment or reply; their ids are added to <paramref name="written"/> so a failed change can remove them.</summary>
    internal static async Task<List<AttachmentFile>> StoreAsync(StudioDbContext db, AttachmentStore store, Guid commentId, Guid? replyId, IReadOnlyList<UploadedFile> files, List<Guid> written, CancellationToken cancellationToken)
    {
        var added = new List<AttachmentFile>();
        var names = await db.Set<AttachmentFile>().Where(a => a.CommentId == commentId).Select(a => a.Name).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new WrongParameterException("The file has no name.");
            }

            // ZOU: a name already used on the comment gets a random suffix.
            if (names.Contains(name))
            {
                name = $"{Path.GetFileNameWithoutExtension(name)}_{Guid.NewGuid().ToString("N")[..6]}{Path.GetExtension(name)}";
            }

            names.Add(name);
            var attachment = new AttachmentFile
            {
                Id = Guid.NewGuid(),
                Name = name,
                Extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant(),
                Mimetype = file.ContentType,
                CommentId = commentId,
                ReplyId = replyId,
            };
            written.Add(attachment.Id);
            attachment.Size = await store.SaveAsync(attachment.Id, file.Content, cancellationToken);
            db.Add(attachment);
            added.Add(attachment);
        }

        return added;
    }
}
