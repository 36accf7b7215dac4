using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Media;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Previews;

/// <summary>
/// Review media (§5.2): a preview row is added to a comment, its file uploaded and queued for the media pipeline,
/// and the finished files served to whoever may read the task.
/// </summary>
public sealed class PreviewService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, PreviewStore store)
{
    /// <summary>
    /// §5.2.1 <c>add-preview</c>: a new preview row on a comment, as a new revision of the task or another file of the
    /// comment's revision.
    /// </summary>
    public async Task<JsonObject> AddAsync(Actor actor, Guid taskId, Guid commentId, int? revision, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var task = await ActableTaskAsync(db, actor, taskId, cancellationToken);
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
            Name = Guid.NewGuid().ToString("N")[..13],
            Revision = number,
            Position = position,
            TaskId = task.Id,
            PersonId = actor.PersonId,
            Status = "processing",
            Source = "webgui",
        };
        db.Add(preview);
        db.Add(new CommentPreviewLink { CommentId = comment.Id, PreviewFileId = preview.Id });
        comment.PreviewFileId ??= preview.Id;
        var staged = new List<ApiEvent>
        {
            EventPublisher.Stage(db, "preview-file:new", new JsonObject { ["preview_file_id"] = preview.Id.ToString(), ["comment_id"] = comment.Id.ToString() }, task.ProjectId, actor.PersonId),
            EventPublisher.Stage(db, "comment:update", new JsonObject { ["comment_id"] = comment.Id.ToString(), ["task_id"] = task.Id.ToString() }, task.ProjectId, actor.PersonId),
        };
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await db.Set<News>().Where(n => n.CommentId == comment.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.PreviewFileId, preview.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
        return await SerializeAsync(db, preview, cancellationToken);
    }

    /// <summary>
    /// §5.2.2 the upload: the file is streamed to disk; a picture or a movie is queued for the media pipeline (the
    /// row stays <c>processing</c>), another accepted file is stored as it is, any other extension is refused.
    /// </summary>
    public async Task<JsonObject> UploadAsync(Actor actor, Guid previewId, string fileName, Stream content, bool normalize, long maxSize, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken) ?? throw new NotFoundException();
        var task = await ActableTaskAsync(db, actor, preview.TaskId ?? Guid.Empty, cancellationToken);
        if (!string.IsNullOrEmpty(preview.OriginalName))
        {
            throw new WrongParameterException("A file was already uploaded for this preview.");
        }

        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        var kind = PreviewStore.Pictures.Contains(extension) ? "picture" : PreviewStore.Movies.Contains(extension) ? "movie" : PreviewStore.Files.Contains(extension) ? "file" : null;
        if (kind is null)
        {
            // ZOU: the preview row is removed with the refusal.
            await db.Set<CommentPreviewLink>().Where(l => l.PreviewFileId == preview.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Set<Comment>().Where(c => c.PreviewFileId == preview.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.PreviewFileId, (Guid?)null), cancellationToken);
            await db.Set<News>().Where(n => n.PreviewFileId == preview.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.PreviewFileId, (Guid?)null), cancellationToken);
            db.Remove(preview);
            await DatabaseErrors.SaveAsync(db, cancellationToken);
            throw new WrongParameterException($"Wrong file format, extension: {extension}");
        }

        var size = await store.SaveSourceAsync(preview.Id, extension, content, maxSize, cancellationToken);
        preview.OriginalName = Path.GetFileNameWithoutExtension(fileName);
        preview.FileSize = size;
        var staged = new List<ApiEvent>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (kind == "file" || (kind == "movie" && !normalize))
        {
            var target = store.PathOf(kind == "file" ? PreviewStore.Original : PreviewStore.Previews, preview.Id, extension);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(store.PathOf(PreviewStore.Source, preview.Id, extension), target, overwrite: true);
            preview.Extension = extension;
            preview.Status = "ready";
            staged.AddRange(await ReadyEventsAsync(db, preview, task, cancellationToken));
        }
        else
        {
            preview.Extension = kind == "picture" ? "png" : "mp4";
            preview.Status = "processing";
            MediaQueue.Enqueue(db, "preview", preview.Id, null, new JsonObject { ["source_extension"] = extension, ["kind"] = kind });
        }

        staged.Add(EventPublisher.Stage(db, "preview-file:update", new JsonObject { ["preview_file_id"] = preview.Id.ToString() }, task.ProjectId, actor.PersonId));
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish(staged);
        return await SerializeAsync(db, preview, cancellationToken);
    }

    /// <summary>Called by the pipeline when every file exists: the row becomes <c>ready</c> with its measures.</summary>
    public async Task MarkReadyAsync(Guid previewId, int width, int height, double duration, long fileSize, JsonObject data, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken);
        if (preview is null)
        {
            return;
        }

        preview.Width = width;
        preview.Height = height;
        preview.Duration = duration;
        preview.FileSize = fileSize;
        preview.Status = "ready";
        preview.Data = JsonData.MergedCopy(preview.Data, data);
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == preview.TaskId, cancellationToken);
        var staged = task is null ? [] : await ReadyEventsAsync(db, preview, task, cancellationToken);
        staged.Add(EventPublisher.Stage(db, "preview-file:update", new JsonObject { ["preview_file_id"] = preview.Id.ToString() }, task?.ProjectId, preview.PersonId));
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
    }

    /// <summary>Called by the pipeline when the file cannot be processed: the row becomes <c>broken</c> with the reason.</summary>
    public async Task MarkBrokenAsync(Guid previewId, string reason, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken);
        if (preview is null)
        {
            return;
        }

        preview.Status = "broken";
        preview.Data = JsonData.MergedCopy(preview.Data, new JsonObject { ["error"] = reason });
        var projectId = await db.Set<ProductionTask>().Where(t => t.Id == preview.TaskId).Select(t => t.ProjectId).FirstOrDefaultAsync(cancellationToken);
        var e = EventPublisher.Stage(db, "preview-file:update", new JsonObject { ["preview_file_id"] = preview.Id.ToString(), ["status"] = "broken" }, projectId, preview.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    /// <summary>Announces progress of the pipeline (not stored: the job row keeps it).</summary>
    public void AnnounceProgress(Guid previewId, Guid? projectId, int progress, string stage) =>
        events.Publish([new ApiEvent
        {
            Id = Guid.NewGuid(), Name = "preview-file:progress", ProjectId = projectId,
            Data = new JsonObject { ["preview_file_id"] = previewId.ToString(), ["progress"] = progress, ["stage"] = stage },
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        }]);

    /// <summary>
    /// The file of a variant for a caller who may read the preview's task (a shared asset's main thumbnail for any
    /// team member); falls back as Zou does (<c>low</c> → <c>previews</c> → <c>source</c>).
    /// </summary>
    public async Task<(string Path, string Extension, string DownloadName, DateTime LastModified)> FileAsync(Actor actor, Guid previewId, string[] variants, string? extension, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken) ?? throw new NotFoundException();
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == preview.TaskId, cancellationToken) ?? throw new NotFoundException();
        var sharedThumbnail = variants.All(v => v is PreviewStore.Thumbnails or PreviewStore.ThumbnailsSquare)
            && await db.Set<Entity>().AnyAsync(e => e.PreviewFileId == preview.Id && e.IsShared, cancellationToken)
            && (await new ProjectAccess(db, actor).MembershipsAsync(cancellationToken)).Count > 0;
        if (!sharedThumbnail)
        {
            await TaskService.ReadableAsync(db, actor, task.Id, cancellationToken);
        }

        var sourceExtension = preview.Data?["source_extension"]?.ToString() ?? preview.Extension ?? "";
        foreach (var variant in variants)
        {
            var ext = variant switch
            {
                PreviewStore.Source => sourceExtension,
                PreviewStore.Thumbnails or PreviewStore.ThumbnailsSquare or PreviewStore.Tiles => "png",
                _ => extension ?? preview.Extension ?? "",
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
    /// §5.2.4: makes a preview its entity's main picture (team members, not clients; vendors on their entities).
    /// </summary>
    public async Task<JsonObject> SetMainAsync(Actor actor, Guid previewId, CancellationToken cancellationToken)
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

        entity.PreviewFileId = preview.Id;
        var kind = (await EntityKinds.KindsAsync(db, [entity.EntityTypeId], cancellationToken)).GetValueOrDefault(entity.EntityTypeId, EntityKinds.Asset).ToLowerInvariant();
        var staged = new List<ApiEvent>
        {
            EventPublisher.Stage(db, "preview-file:set-main", new JsonObject { ["entity_id"] = entity.Id.ToString(), ["preview_file_id"] = preview.Id.ToString() }, entity.ProjectId, actor.PersonId),
            EventPublisher.Stage(db, kind + ":update", new JsonObject { [kind + "_id"] = entity.Id.ToString() }, entity.ProjectId, actor.PersonId),
        };
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        return await BreakdownService.SerializeAsync(db, entity, cancellationToken);
    }

    /// <summary><c>PUT /actions/tasks/&lt;id&gt;/set-main-preview</c>: the task's last preview becomes the entity's picture.</summary>
    public async Task<JsonObject> SetMainFromTaskAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        Guid previewId;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
            previewId = task.LastPreviewFileId ?? throw new WrongParameterException("This task has no preview.");
        }

        return await SetMainAsync(actor, previewId, cancellationToken);
    }

    /// <summary>The previews of an entity's tasks, newest revision first (optionally only ready ones).</summary>
    public async Task<JsonArray> EntityPreviewsAsync(Actor actor, string? kind, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = kind is null
            ? await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entityId, cancellationToken) ?? throw new NotFoundException()
            : await BreakdownService.FindAsync(db, kind, entityId, cancellationToken);
        await EntityScope.EnsureReadAsync(db, new ProjectAccess(db, actor), entity, cancellationToken);
        var previews = await db.Set<PreviewFile>().AsNoTracking()
            .Where(p => db.Set<ProductionTask>().Any(t => t.Id == p.TaskId && t.EntityId == entity.Id))
            .OrderByDescending(p => p.Revision).ThenBy(p => p.Position).ToListAsync(cancellationToken);
        return [.. previews.Select(p => (JsonNode?)ZouSerializer.Serialize(p))];
    }

    /// <summary>The previews of a production (project managers), newest first.</summary>
    public async Task<JsonArray> ProjectPreviewsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        ProjectAccess.EnsureNotVendor(actor);
        var previews = await db.Set<PreviewFile>().AsNoTracking()
            .Where(p => db.Set<ProductionTask>().Any(t => t.Id == p.TaskId && t.ProjectId == projectId))
            .OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
        return [.. previews.Select(p => (JsonNode?)ZouSerializer.Serialize(p))];
    }

    /// <summary>
    /// §5.2.6 annotations: additions merge drawings by time (object ids assigned when missing), updates replace
    /// objects by id, deletions remove objects; frames left empty are dropped. Managers, clients, supervisors.
    /// </summary>
    public async Task<JsonObject> UpdateAnnotationsAsync(Actor actor, Guid previewId, JsonObject body, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken) ?? throw new NotFoundException();
        var task = await TaskService.ReadableAsync(db, actor, preview.TaskId ?? Guid.Empty, cancellationToken);
        var role = await new ProjectAccess(db, actor).EffectiveRoleAsync(task.ProjectId, cancellationToken);
        if (role is not (Common.Roles.Admin or Common.Roles.Manager or Common.Roles.Client)
            && !(role == Common.Roles.Supervisor && await new TaskAccess(db, new ProjectAccess(db, actor)).IsSupervisorInDepartmentAsync(task, cancellationToken)))
        {
            throw new PermissionDeniedException();
        }

        preview.Annotations = Annotations.Apply(preview.Annotations as JsonArray ?? [], body);
        var e = EventPublisher.Stage(db, "preview-file:annotation-update", new JsonObject
        {
            ["preview_file_id"] = preview.Id.ToString(), ["person_id"] = actor.PersonId.ToString(),
        }, task.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e]);
        return ZouSerializer.Serialize(preview);
    }

    public static async Task<JsonObject> SerializeAsync(StudioDbContext db, PreviewFile preview, CancellationToken cancellationToken)
    {
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<PreviewFile>(), [preview.Id], cancellationToken);
        return ZouSerializer.Serialize(preview, links[preview.Id]);
    }

    /// <summary>After a preview is ready: the task's last preview (first position), the entity's picture when automated.</summary>
    private static async Task<List<ApiEvent>> ReadyEventsAsync(StudioDbContext db, PreviewFile preview, ProductionTask task, CancellationToken cancellationToken)
    {
        var staged = new List<ApiEvent>();
        if (preview.Position is 1 or null)
        {
            await db.Set<ProductionTask>().Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastPreviewFileId, preview.Id), cancellationToken);
            if (await db.Set<Project>().AnyAsync(p => p.Id == task.ProjectId && p.IsSetPreviewAutomated, cancellationToken))
            {
                await db.Set<Entity>().Where(e => e.Id == task.EntityId).ExecuteUpdateAsync(s => s.SetProperty(e => e.PreviewFileId, preview.Id), cancellationToken);
            }
        }

        var comment = await db.Set<CommentPreviewLink>().Where(l => l.PreviewFileId == preview.Id).Select(l => (Guid?)l.CommentId).FirstOrDefaultAsync(cancellationToken);
        staged.Add(EventPublisher.Stage(db, "comment:update", new JsonObject { ["comment_id"] = comment?.ToString(), ["task_id"] = task.Id.ToString() }, task.ProjectId, preview.PersonId));
        staged.Add(EventPublisher.Stage(db, "preview-file:add-file", new JsonObject
        {
            ["comment_id"] = comment?.ToString(),
            ["task_id"] = task.Id.ToString(),
            ["preview_file_id"] = preview.Id.ToString(),
            ["revision"] = preview.Revision,
            ["extension"] = preview.Extension,
            ["status"] = preview.Status,
        }, task.ProjectId, preview.PersonId));
        return staged;
    }

    /// <summary>task-act on the task (the upload and add-preview rule).</summary>
    private static async Task<ProductionTask> ActableTaskAsync(StudioDbContext db, Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
        var access = new ProjectAccess(db, actor);
        await access.EnsureMemberAsync(task.ProjectId, cancellationToken);
        await new TaskAccess(db, access).EnsureCanActAsync(task, cancellationToken);
        return task;
    }
}
