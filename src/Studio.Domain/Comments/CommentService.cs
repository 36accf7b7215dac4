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
/// The comment routes (§5.1): posting with a status change, reading with Zou's visibility rules, acknowledging,
/// replying, attaching files and removing. Each write is one transaction; attachments written for a refused
/// change are removed again.
/// </summary>
public sealed class CommentService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time, AttachmentStore store)
{
    /// <summary>§5.1.1: posts a comment on a task, possibly changing its status, with attachments.</summary>
    public async Task<JsonObject> PostAsync(Actor actor, Guid taskId, CommentRequest request, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var written = new List<Guid>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (comment, posting) = await PostOneAsync(db, actor, taskId, request, files, written, cancellationToken);
            await DatabaseErrors.SaveAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            events.Publish([.. posting.Staged, .. posting.Transient]);
            return await CommentJson.WrittenAsync(db, comment, cancellationToken);
        }
        catch
        {
            written.ForEach(store.Delete);
            throw;
        }
    }

    /// <summary>
    /// §5.1.4: several comments in one transaction (<c>batch-comment</c>, <c>comment-many</c>). With
    /// <paramref name="skipRefused"/> the comments the caller may not post are left out, as Zou's
    /// <c>comment-many</c> does; otherwise a refusal refuses the whole batch.
    /// </summary>
    public async Task<JsonArray> PostManyAsync(Actor actor, IReadOnlyList<(Guid TaskId, CommentRequest Request, IReadOnlyList<UploadedFile> Files)> items, bool skipRefused, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var written = new List<Guid>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var comments = new List<Comment>();
            var published = new List<ApiEvent>();
            foreach (var (taskId, request, files) in items)
            {
                try
                {
                    var (comment, posting) = await PostOneAsync(db, actor, taskId, request, files, written, cancellationToken);
                    comments.Add(comment);
                    published.AddRange([.. posting.Staged, .. posting.Transient]);
                }
                catch (Exception e) when (skipRefused && e is PermissionDeniedException or NotFoundException)
                {
                }

                await DatabaseErrors.SaveAsync(db, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            events.Publish(published);
            var result = new JsonArray();
            foreach (var comment in comments)
            {
                result.Add(await CommentJson.WrittenAsync(db, comment, cancellationToken));
            }

            return result;
        }
        catch
        {
            written.ForEach(store.Delete);
            throw;
        }
    }

    /// <summary>§5.1.2: a task's comments, newest first, as the caller may see them.</summary>
    public async Task<JsonArray> ListAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await ReadableTaskAsync(db, actor, taskId, cancellationToken);
        var comments = await db.Set<Comment>().AsNoTracking().Where(c => c.ObjectId == task.Id).OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
        var visible = await VisibleAsync(db, actor, task, comments, cancellationToken);
        return await CommentJson.ListedAsync(db, visible, cancellationToken);
    }

    public async Task<JsonObject> GetAsync(Actor actor, Guid taskId, Guid commentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await ReadableTaskAsync(db, actor, taskId, cancellationToken);
        var comment = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId && c.ObjectId == task.Id, cancellationToken) ?? throw new NotFoundException();
        if ((await VisibleAsync(db, actor, task, [comment], cancellationToken)).Count == 0)
        {
            throw new PermissionDeniedException();
        }

        return (await CommentJson.ListedAsync(db, [comment], cancellationToken))[0]!.AsObject();
    }

    /// <summary>§5.1.3: toggles the caller's acknowledgement of a comment.</summary>
    public async Task<JsonObject> AcknowledgeAsync(Actor actor, Guid taskId, Guid commentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await ReadableTaskAsync(db, actor, taskId, cancellationToken);
        var comment = await CommentOfAsync(db, task, commentId, cancellationToken);
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
        events.Publish([Transient(name, new JsonObject { ["comment_id"] = comment.Id.ToString(), ["person_id"] = actor.PersonId.ToString() }, task.ProjectId, actor)]);
        return await CommentJson.WrittenAsync(db, comment, cancellationToken);
    }

    /// <summary>§5.1.3: appends a reply to a comment, with its mentions, attachments and notifications.</summary>
    public async Task<JsonObject> ReplyAsync(Actor actor, Guid taskId, Guid commentId, string text, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var written = new List<Guid>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var task = await ReadableTaskAsync(db, actor, taskId, cancellationToken);
            var comment = await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken) ?? throw new NotFoundException();
            if (comment.ObjectId != task.Id)
            {
                throw new PermissionDeniedException();
            }

            var access = new TaskAccess(db, new ProjectAccess(db, actor));
            if (comment.PersonId != actor.PersonId && !await access.CanActAsync(task, cancellationToken) && !await IsMentionedAsync(db, actor, task, cancellationToken))
            {
                throw new PermissionDeniedException();
            }

            if (await new ProjectAccess(db, actor).EffectiveRoleAsync(task.ProjectId, cancellationToken) == Roles.Client
                && comment.PersonId != actor.PersonId && await AuthorIsClientAsync(db, task, comment.PersonId, cancellationToken))
            {
                throw new PermissionDeniedException();
            }

            var now = time.GetUtcNow().UtcDateTime;
            var (persons, departments) = await CommentMentions.ParseAsync(db, task.ProjectId, text, cancellationToken);
            var replyId = Guid.NewGuid();
            var stamp = now.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            var reply = new JsonObject
            {
                ["id"] = replyId.ToString(),
                ["date"] = stamp,
                ["person_id"] = actor.PersonId.ToString(),
                ["text"] = text,
                ["mentions"] = ZouSerializer.IdList(persons),
                ["department_mentions"] = ZouSerializer.IdList(departments),
                ["created_at"] = stamp,
            };
            var replies = comment.Replies as JsonArray ?? [];
            var previousRepliers = replies.OfType<JsonObject>().Select(r => Guid.TryParse(r["person_id"]?.ToString(), out var p) ? p : Guid.Empty).Where(p => p != Guid.Empty).ToList();
            comment.Replies = new JsonArray([.. replies.Select(r => r?.DeepClone()), reply]);
            var attachments = await StoreAsync(db, comment.Id, replyId, files, written, cancellationToken);

            var recipients = await db.Set<TaskPersonLink>().Where(l => l.TaskId == task.Id).Select(l => l.PersonId)
                .Union(db.Set<Subscription>().Where(s => s.TaskId == task.Id).Select(s => s.PersonId)).ToListAsync(cancellationToken);
            var transient = new List<ApiEvent>();
            foreach (var person in recipients.Concat(previousRepliers).Append(comment.PersonId).Distinct().Where(p => p != actor.PersonId))
            {
                db.Add(new Notification { Id = Guid.NewGuid(), NotificationType = "reply", PersonId = person, AuthorId = actor.PersonId, CommentId = comment.Id, TaskId = task.Id, ReplyId = replyId });
            }

            foreach (var person in persons.Where(p => p != actor.PersonId))
            {
                db.Add(new Notification { Id = Guid.NewGuid(), NotificationType = "reply-mention", PersonId = person, AuthorId = actor.PersonId, CommentId = comment.Id, TaskId = task.Id, ReplyId = replyId });
            }

            var e = EventPublisher.Stage(db, "comment:reply", new JsonObject { ["task_id"] = task.Id.ToString(), ["comment_id"] = comment.Id.ToString(), ["reply_id"] = replyId.ToString() }, task.ProjectId, actor.PersonId);
            await DatabaseErrors.SaveAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            events.Publish([e]);

            var result = reply.DeepClone().AsObject();
            result["person"] = CommentJson.ShortPerson(await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == actor.PersonId, cancellationToken));
            if (attachments.Count > 0)
            {
                result["attachment_files"] = new JsonArray([.. attachments.Select(a => (JsonNode?)CommentJson.Attachment(a))]);
            }

            return result;
        }
        catch
        {
            written.ForEach(store.Delete);
            throw;
        }
    }

    /// <summary>§5.1.3: the reply's author or an admin removes a reply with its attachments and notifications.</summary>
    public async Task<JsonObject> DeleteReplyAsync(Actor actor, Guid taskId, Guid commentId, Guid replyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var task = await ReadableTaskAsync(db, actor, taskId, cancellationToken);
        var comment = await CommentOfAsync(db, task, commentId, cancellationToken);
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
        events.Publish([Transient("comment:delete-reply", new JsonObject { ["comment_id"] = comment.Id.ToString(), ["reply_id"] = replyId.ToString() }, task.ProjectId, actor)]);
        return await CommentJson.WrittenAsync(db, comment, cancellationToken);
    }

    /// <summary>
    /// §5.1.3: a project manager or the author removes a comment with its notifications, news, attachments and
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

        await Crud.CrudRegistry.Find("comments")!.DeleteAsync(crud, actor, commentId, force: false, cancellationToken);
    }

    /// <summary>§5.1.3: the author or a project manager adds files to a comment; returns the new attachments.</summary>
    public async Task<JsonArray> AddAttachmentsAsync(Actor actor, Guid taskId, Guid commentId, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            throw new WrongParameterException("No file was sent.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var written = new List<Guid>();
        try
        {
            var task = await ReadableTaskAsync(db, actor, taskId, cancellationToken);
            var comment = await CommentOfAsync(db, task, commentId, cancellationToken);
            await EnsureAuthorOrManagerAsync(db, actor, task, comment, cancellationToken);
            var added = await StoreAsync(db, comment.Id, null, files, written, cancellationToken);
            var e = EventPublisher.Stage(db, "comment:update", new JsonObject { ["comment_id"] = comment.Id.ToString(), ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId);
            await DatabaseErrors.SaveAsync(db, cancellationToken);
            events.Publish([e]);
            return [.. added.Select(a => (JsonNode?)CommentJson.Attachment(a))];
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
        var task = await ReadableTaskAsync(db, actor, taskId, cancellationToken);
        var comment = await CommentOfAsync(db, task, commentId, cancellationToken);
        await EnsureAuthorOrManagerAsync(db, actor, task, comment, cancellationToken);
        var file = await db.Set<AttachmentFile>().FirstOrDefaultAsync(a => a.Id == attachmentId && a.CommentId == comment.Id, cancellationToken) ?? throw new NotFoundException();
        db.Remove(file);
        var e = EventPublisher.Stage(db, "comment:update", new JsonObject { ["comment_id"] = comment.Id.ToString(), ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        store.Delete(file.Id);
        events.Publish([e]);
    }

    /// <summary>An attachment's file, for the caller allowed to read its task: (path, name, mimetype).</summary>
    public async Task<(string Path, string Name, string? Mimetype)> AttachmentFileAsync(Actor actor, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var file = await db.Set<AttachmentFile>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, cancellationToken) ?? throw new NotFoundException();
        var taskId = await db.Set<Comment>().Where(c => c.Id == file.CommentId).Select(c => (Guid?)c.ObjectId).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        await ReadableTaskAsync(db, actor, taskId, cancellationToken);
        var path = store.PathOf(file.Id);
        return File.Exists(path) ? (path, file.Name ?? "attachment", file.Mimetype) : throw new NotFoundException();
    }

    private async Task<(Comment Comment, CommentPosting Posting)> PostOneAsync(StudioDbContext db, Actor actor, Guid taskId, CommentRequest request, IReadOnlyList<UploadedFile> files, List<Guid> written, CancellationToken cancellationToken)
    {
        var task = await db.Set<ProductionTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
        var projectAccess = new ProjectAccess(db, actor);
        await projectAccess.EnsureMemberAsync(task.ProjectId, cancellationToken);
        var access = new TaskAccess(db, projectAccess);
        var status = await db.Set<ProductionTaskStatus>().FirstOrDefaultAsync(s => s.Id == request.TaskStatusId, cancellationToken)
            ?? throw new WrongParameterException("Task status not found.");

        // ZOU: task-act, or mentioned in the task's discussion and keeping its status; then the status must be allowed.
        if (!await access.CanActAsync(task, cancellationToken)
            && !(await IsMentionedAsync(db, actor, task, cancellationToken) && status.Id == task.TaskStatusId))
        {
            throw new PermissionDeniedException();
        }

        await access.EnsureStatusAllowedAsync(task.ProjectId, status.Id, cancellationToken);

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
        var comment = await posting.PostAsync(task, status, request.Text, author, createdAt, request.Checklist, request.Links, manager && request.ForClient, expandHashtags: true, 0, cancellationToken);
        await StoreAsync(db, comment.Id, null, files, written, cancellationToken);
        return (comment, posting);
    }

    private async Task<List<AttachmentFile>> StoreAsync(StudioDbContext db, Guid commentId, Guid? replyId, IReadOnlyList<UploadedFile> files, List<Guid> written, CancellationToken cancellationToken)
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

    /// <summary>
    /// §5.1.2: artists, vendors and supervisors do not see clients' comments; clients see the comments shared with
    /// them and, depending on the production's isolation, their own or all clients' comments.
    /// </summary>
    private static async Task<List<Comment>> VisibleAsync(StudioDbContext db, Actor actor, ProductionTask task, List<Comment> comments, CancellationToken cancellationToken)
    {
        var role = await new ProjectAccess(db, actor).EffectiveRoleAsync(task.ProjectId, cancellationToken);
        if (role is Roles.Admin or Roles.Manager)
        {
            return comments;
        }

        var authors = comments.Select(c => c.PersonId).Distinct().ToList();
        var clientAuthors = await ClientsAsync(db, task.ProjectId, authors, cancellationToken);
        if (role != Roles.Client)
        {
            return [.. comments.Where(c => !clientAuthors.Contains(c.PersonId))];
        }

        var isolated = await db.Set<Project>().Where(p => p.Id == task.ProjectId).Select(p => p.IsClientsIsolated).FirstOrDefaultAsync(cancellationToken);
        return [.. comments.Where(c => c.ForClient || c.PersonId == actor.PersonId || (!isolated && clientAuthors.Contains(c.PersonId)))];
    }

    private static async Task<HashSet<Guid>> ClientsAsync(StudioDbContext db, Guid? projectId, List<Guid> persons, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Person>().Where(p => persons.Contains(p.Id))
            .Select(p => new { p.Id, p.Role, TeamRole = db.Set<ProjectPersonLink>().Where(l => l.ProjectId == projectId && l.PersonId == p.Id).Select(l => l.Role).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => (r.TeamRole ?? r.Role) == Roles.Client).Select(r => r.Id)];
    }

    private static async Task<bool> AuthorIsClientAsync(StudioDbContext db, ProductionTask task, Guid author, CancellationToken cancellationToken) =>
        (await ClientsAsync(db, task.ProjectId, [author], cancellationToken)).Contains(author);

    /// <summary>ZOU's "mentioned": a team member, not a vendor, mentioned (or in a mentioned department) in the task's discussion.</summary>
    private static async Task<bool> IsMentionedAsync(StudioDbContext db, Actor actor, ProductionTask task, CancellationToken cancellationToken)
    {
        if (actor.IsVendor || !await new ProjectAccess(db, actor).IsMemberAsync(task.ProjectId, cancellationToken))
        {
            return false;
        }

        var me = actor.PersonId;
        var comments = db.Set<Comment>().Where(c => c.ObjectId == task.Id).Select(c => c.Id);
        var myDepartments = db.Set<DepartmentLink>().Where(l => l.PersonId == me).Select(l => l.DepartmentId);
        if (await db.Set<CommentMention>().AnyAsync(m => comments.Contains(m.CommentId) && m.PersonId == me, cancellationToken)
            || await db.Set<CommentDepartmentMention>().AnyAsync(m => comments.Contains(m.CommentId) && myDepartments.Contains(m.DepartmentId), cancellationToken))
        {
            return true;
        }

        var replies = await db.Set<Comment>().Where(c => c.ObjectId == task.Id).Select(c => c.Replies).ToListAsync(cancellationToken);
        var mine = await myDepartments.ToListAsync(cancellationToken);
        return replies.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Any(r =>
            (r["mentions"] as JsonArray ?? []).Any(m => m?.ToString() == me.ToString())
            || (r["department_mentions"] as JsonArray ?? []).Any(m => Guid.TryParse(m?.ToString(), out var d) && mine.Contains(d)));
    }

    private static async Task EnsureAuthorOrManagerAsync(StudioDbContext db, Actor actor, ProductionTask task, Comment comment, CancellationToken cancellationToken)
    {
        if (comment.PersonId != actor.PersonId)
        {
            await new ProjectAccess(db, actor).EnsureManagerAsync(task.ProjectId, cancellationToken);
        }
    }

    /// <summary>task-read: a team member, and for a vendor, an assignee of a task of the entity.</summary>
    private static async Task<ProductionTask> ReadableTaskAsync(StudioDbContext db, Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
        var access = new ProjectAccess(db, actor);
        await access.EnsureMemberAsync(task.ProjectId, cancellationToken);
        if (actor.IsVendor)
        {
            var me = actor.PersonId;
            if (!await db.Set<ProductionTask>().AnyAsync(t => t.EntityId == task.EntityId && db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == me), cancellationToken))
            {
                throw new PermissionDeniedException();
            }
        }

        return task;
    }

    private static async Task<Comment> CommentOfAsync(StudioDbContext db, ProductionTask task, Guid commentId, CancellationToken cancellationToken) =>
        await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId && c.ObjectId == task.Id, cancellationToken) ?? throw new NotFoundException();

    private ApiEvent Transient(string name, JsonObject data, Guid? projectId, Actor actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new ApiEvent { Id = Guid.NewGuid(), Name = name, Data = data, ProjectId = projectId, UserId = actor.PersonId, CreatedAt = now, UpdatedAt = now };
    }
}
