using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Previews;

/// <summary>
/// Review media: a preview row is added to a comment, its file uploaded and queued for the media pipeline,
/// and the finished files served to whoever may read the task.
/// </summary>
public sealed class PreviewService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, PreviewStore store, IPreviewPictures pictures)
{
    /// <summary>
    /// <c>add-preview</c>: a new preview row on a comment, as a new revision of the task or another file of the
    /// comment's revision.
    /// </summary>
    public async Task<PreviewWithComments> AddAsync(Actor actor, Guid taskId, Guid commentId, int? revision, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var task = await PublishableTaskAsync(db, actor, taskId, cancellationToken);
        var comment = await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId && c.ObjectId == task.Id, cancellationToken) ?? throw new NotFoundException();
        if (revision is < 0)
        {
            throw new WrongParameterException("The revision must be a positive number.");
        }

        var existing = await db.Set<PreviewFile>().AsNoTracking()
            .Where(p => db.Set<CommentPreviewLink>().Any(l => l.CommentId == comment.Id && l.PreviewFileId == p.Id))
            .OrderBy(p => p.Position).ToListAsync(cancellationToken);
        int number;
        if (existing.Count > 0)
        {
            number = existing[0].Revision ?? 1;
        }
        else if (revision is { } wanted)
        {
            number = wanted;
            if (await db.Set<PreviewFile>().AnyAsync(p => p.TaskId == task.Id && p.Revision == wanted && p.Position == 1, cancellationToken))
            {
                throw new WrongParameterException($"Revision {wanted} already exists for this task. Choose another revision number.");
            }
        }
        else
        {
            number = (await db.Set<PreviewFile>().Where(p => p.TaskId == task.Id).MaxAsync(p => p.Revision, cancellationToken) ?? 0) + 1;
        }

        var position = await db.Set<PreviewFile>().CountAsync(p => p.TaskId == task.Id && p.Revision == number, cancellationToken) + 1;
        if (position > 1 && await db.Set<Project>().AnyAsync(p => p.Id == task.ProjectId && p.IsSinglePreviewPerRevision, cancellationToken))
        {
            throw new WrongParameterException("Only one preview file is allowed per revision for this project.");
        }

        var preview = new PreviewFile
        {
            Id = Guid.NewGuid(),
            // ZOU: the name is the first 13 characters of a uuid ("f66572a2-4878"), the extension "mp4" until a file
            // says otherwise, as Zou answers add-preview.
            Name = Guid.NewGuid().ToString()[..13],
            Extension = "mp4",
            Revision = number,
            Position = position,
            TaskId = task.Id,
            PersonId = actor.PersonId,
            Status = "processing",
            Source = "webgui",
        };
        db.Add(preview);
        // ZOU: the preview joins the comment's previews; the comment's own preview_file_id column stays as it was.
        db.Add(new CommentPreviewLink { CommentId = comment.Id, PreviewFileId = preview.Id });
        var staged = new List<ApiEvent>
        {
            EventPublisher.Stage(db, "preview-file:new", new EventData { ["preview_file_id"] = preview.Id.ToString(), ["comment_id"] = comment.Id.ToString() }, task.ProjectId, actor.PersonId),
            EventPublisher.Stage(db, "comment:update", new EventData { ["comment_id"] = comment.Id.ToString(), ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId),
        };
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await db.Set<News>().Where(n => n.CommentId == comment.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.PreviewFileId, preview.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
        return new PreviewWithComments(preview, (await CrudRelations.LoadAsync(db, ZouModel.For<PreviewFile>(), [preview.Id], cancellationToken))[preview.Id]["comments"]);
    }

    /// <summary>
    /// The file of a variant for a caller who may read the preview's task (a shared asset's main thumbnail for those
    /// who read the library); falls back as Zou does (<c>low</c> → <c>previews</c> → <c>source</c>).
    /// </summary>
    public async Task<(string Path, string Extension, string DownloadName, DateTime LastModified)> FileAsync(Actor actor, Guid previewId, string[] variants, string? extension, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken) ?? throw new NotFoundException();
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == preview.TaskId, cancellationToken) ?? throw new NotFoundException();
        var sharedThumbnail = variants.All(v => v is PreviewStore.Thumbnails or PreviewStore.ThumbnailsSquare)
            && await db.Set<Entity>().AnyAsync(e => e.PreviewFileId == preview.Id && e.IsShared, cancellationToken)
            && await EntityScope.ReadsLibraryAsync(new ProjectAccess(db, actor), cancellationToken);
        if (!sharedThumbnail)
        {
            await TaskService.ReadableAsync(db, actor, task.Id, cancellationToken);
        }

        var sourceExtension = await SourceExtensionAsync(db, preview.Id, cancellationToken) ?? preview.Extension ?? "";
        foreach (var wanted in variants)
        {
            var (variant, ext) = wanted switch
            {
                PreviewStore.Source => (wanted, sourceExtension),
                PreviewStore.AsUploaded => (PreviewStore.Previews, sourceExtension),
                PreviewStore.Thumbnails or PreviewStore.ThumbnailsSquare or PreviewStore.Tiles => (wanted, "png"),
                _ => (wanted, extension ?? preview.Extension ?? ""),
            };
            if (store.Find(variant, preview.Id, ext) is { } path)
            {
                var project = await db.Set<Project>().Where(p => p.Id == task.ProjectId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
                var entity = await db.Set<Entity>().Where(e => e.Id == task.EntityId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
                var name = $"{project}_{entity}_v{preview.Revision}.{ext}".Replace(' ', '_');
                return (path, ext, name, File.GetLastWriteTimeUtc(path));
            }
        }

        throw new NotFoundException();
    }

    /// <summary>
    /// Set-main-preview: makes a preview its entity's main picture (team members, not clients; vendors on their entities). With
    /// <paramref name="frameNumber"/> (1 is the first frame) the preview's thumbnails are first remade from that frame
    /// of its movie.
    /// </summary>
    public async Task<MainPreview> SetMainAsync(Actor actor, Guid previewId, int? frameNumber, CancellationToken cancellationToken)
    {
        if (actor.IsClient)
        {
            throw new PermissionDeniedException();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken) ?? throw new NotFoundException();
        var task = await TaskService.ReadableAsync(db, actor, preview.TaskId ?? Guid.Empty, cancellationToken);
        var entity = await db.Set<Entity>().FirstAsync(e => e.Id == task.EntityId, cancellationToken);
        if (await new ProjectAccess(db, actor).EffectiveRoleAsync(task.ProjectId, cancellationToken) == Common.Roles.Client)
        {
            throw new PermissionDeniedException();
        }

        if (frameNumber is { } frame)
        {
            await FrameAsThumbnailAsync(db, preview, frame, cancellationToken);
        }

        entity.PreviewFileId = preview.Id;
        var kind = (await EntityKinds.KindsAsync(db, [entity.EntityTypeId], cancellationToken)).GetValueOrDefault(entity.EntityTypeId, EntityKinds.Asset);
        var prefix = kind.ToLowerInvariant();
        var staged = new List<ApiEvent>
        {
            EventPublisher.Stage(db, "preview-file:set-main", new EventData { ["entity_id"] = entity.Id.ToString(), ["preview_file_id"] = preview.Id.ToString() }, entity.ProjectId, actor.PersonId),
            EventPublisher.Stage(db, prefix + ":update", new EventData { [prefix + "_id"] = entity.Id.ToString() }, entity.ProjectId, actor.PersonId),
        };
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        return new MainPreview(entity, kind);
    }

    /// <summary><c>PUT /actions/tasks/&lt;id&gt;/set-main-preview</c>: the task's last preview becomes the entity's picture.</summary>
    public async Task<MainPreview> SetMainFromTaskAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        Guid previewId;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
            previewId = task.LastPreviewFileId ?? throw new WrongParameterException("This task has no preview.");
        }

        return await SetMainAsync(actor, previewId, null, cancellationToken);
    }

    /// <summary>The extension the preview's file was uploaded with, as the pipeline recorded it; null before any upload.</summary>
    private static Task<string?> SourceExtensionAsync(StudioDbContext db, Guid previewId, CancellationToken cancellationToken) =>
        db.Set<PreviewPipeline>().Where(r => r.PreviewFileId == previewId).Select(r => r.SourceExtension).FirstOrDefaultAsync(cancellationToken);

    /// <summary>ZOU: the frame is taken at (frame − 1) / fps of the high-definition movie, at the entity's or production's rate.</summary>
    private async Task FrameAsThumbnailAsync(StudioDbContext db, PreviewFile preview, int frame, CancellationToken cancellationToken)
    {
        var sourceExtension = await SourceExtensionAsync(db, preview.Id, cancellationToken) ?? "mp4";
        var movie = preview.Extension == "mp4"
            ? store.Find(PreviewStore.Previews, preview.Id, "mp4") ?? store.Find(PreviewStore.Previews, preview.Id, sourceExtension) ?? store.Find(PreviewStore.LowDef, preview.Id, "mp4")
            : throw new WrongParameterException("Can't use a given frame on non movie preview");
        if (movie is null || preview.Status != "ready")
        {
            throw new WrongParameterException("The preview's movie is not ready.");
        }

        var target = await MovieTarget.OfPreviewAsync(db, preview.Id, cancellationToken);
        if (!await pictures.FromFrameAsync(preview.Id, movie, Math.Max(0, frame - 1) / target.Fps, cancellationToken))
        {
            throw new WrongParameterException($"The movie has no frame {frame}.");
        }
    }

    /// <summary>The previews of an entity's tasks, newest revision first (optionally only ready ones).</summary>
    public async Task<IReadOnlyList<PreviewFile>> EntityPreviewsAsync(Actor actor, string? kind, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = kind is null
            ? await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entityId, cancellationToken) ?? throw new NotFoundException()
            : await BreakdownService.FindAsync(db, kind, entityId, cancellationToken);
        await EntityScope.EnsureReadAsync(db, new ProjectAccess(db, actor), entity, cancellationToken);
        var query = db.Set<PreviewFile>().AsNoTracking().Where(p => db.Set<ProductionTask>().Any(t => t.Id == p.TaskId && t.EntityId == entity.Id));

        // A vendor sees the previews of its own tasks only, as the preview list and single read show it.
        var me = actor.PersonId;
        if (actor.IsVendor)
        {
            query = query.Where(p => db.Set<TaskPersonLink>().Any(l => l.TaskId == p.TaskId && l.PersonId == me));
        }

        return await query.OrderByDescending(p => p.Revision).ThenBy(p => p.Position).ToListAsync(cancellationToken);
    }

    /// <summary>The previews of a production (project managers), newest first.</summary>
    public async Task<IReadOnlyList<PreviewFile>> ProjectPreviewsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        ProjectAccess.EnsureNotVendor(actor);
        return await db.Set<PreviewFile>().AsNoTracking()
            .Where(p => db.Set<ProductionTask>().Any(t => t.Id == p.TaskId && t.ProjectId == projectId))
            .OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Annotations: additions merge drawings by time (object ids assigned when missing), updates replace
    /// objects by id, deletions remove objects; frames left empty are dropped. Managers, clients, supervisors.
    /// </summary>
    public async Task<PreviewFile> UpdateAnnotationsAsync(Actor actor, Guid previewId, AnnotationChanges changes, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Zou holds a Redis lock here; the row lock does the same: concurrent edits apply one after the other (SQLite
        // transactions take the write lock when they begin).
        var preview = db.Database.IsNpgsql()
            ? (await db.Set<PreviewFile>().FromSql($"SELECT * FROM preview_file WHERE id = {previewId} FOR UPDATE").ToListAsync(cancellationToken)).FirstOrDefault()
            : await db.Set<PreviewFile>().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken);
        if (preview is null)
        {
            throw new NotFoundException();
        }

        var task = await TaskService.ReadableAsync(db, actor, preview.TaskId ?? Guid.Empty, cancellationToken);
        var role = await new ProjectAccess(db, actor).EffectiveRoleAsync(task.ProjectId, cancellationToken);
        if (role is not (Common.Roles.Admin or Common.Roles.Manager or Common.Roles.Client)
            && !(role == Common.Roles.Supervisor && await new TaskAccess(db, new ProjectAccess(db, actor)).IsSupervisorInDepartmentAsync(task, cancellationToken)))
        {
            throw new PermissionDeniedException();
        }

        preview.Annotations = Annotations.Apply(preview.Annotations as System.Text.Json.Nodes.JsonArray ?? [], changes);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        var e = EventPublisher.Stage(db, "preview-file:annotation-update", new EventData
        {
            ["preview_file_id"] = preview.Id.ToString(), ["person_id"] = actor.PersonId.ToString(), ["updated_at"] = preview.UpdatedAt,
        }, task.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e]);
        return preview;
    }

    /// <summary>The task a caller publishes a preview on (the upload and add-preview rule): task-act, never a client.</summary>
    internal static async Task<ProductionTask> PublishableTaskAsync(StudioDbContext db, Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
        var access = new ProjectAccess(db, actor);
        await access.EnsureMemberAsync(task.ProjectId, cancellationToken);
        await new TaskAccess(db, access).EnsureCanPublishPreviewAsync(task, cancellationToken);
        return task;
    }
}
