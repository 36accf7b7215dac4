using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Previews;

/// <summary>
/// What the media pipeline records on a preview as it works: the low definition playable, progress, ready with its
/// measures, or broken with the reason. The preview's own columns say what Zou's do (status, size, duration); the rest
/// goes to its <see cref="PreviewPipeline"/> row, never to the clients' <c>data</c>. Each change is announced with the
/// preview's production.
/// </summary>
public sealed class PreviewStates(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time)
{
    /// <summary>The production of a preview (for the <c>project_id</c> of its events); null when it is gone.</summary>
    public async Task<Guid?> ProjectOfAsync(Guid previewId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<PreviewFile>().Where(p => p.Id == previewId)
            .Join(db.Set<ProductionTask>(), p => p.TaskId, t => t.Id, (p, t) => (Guid?)t.ProjectId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The low-definition movie is in place: the pipeline's row records it and <c>preview-file:update</c> says
    /// <c>{"lowdef": true}</c>, so a client can play the movie while the high definition is still being made.
    /// </summary>
    public async Task MarkLowDefReadyAsync(Guid previewId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken);
        if (preview is null)
        {
            return;
        }

        (await PreviewPipeline.OfAsync(db, preview.Id, cancellationToken)).LowDefinitionReady = true;
        var projectId = await db.Set<ProductionTask>().Where(t => t.Id == preview.TaskId).Select(t => (Guid?)t.ProjectId).FirstOrDefaultAsync(cancellationToken);
        var e = EventPublisher.Stage(db, "preview-file:update", new EventData { ["preview_file_id"] = preview.Id.ToString(), ["lowdef"] = true }, projectId, preview.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    /// <summary>Called by the pipeline when every file exists: the row becomes <c>ready</c> with its measures.</summary>
    public async Task MarkReadyAsync(Guid previewId, int width, int height, double duration, long fileSize, SourceFacts source, CancellationToken cancellationToken)
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
        source.ApplyTo(await PreviewPipeline.OfAsync(db, preview.Id, cancellationToken));
        var task = await db.Set<ProductionTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == preview.TaskId, cancellationToken);
        var staged = task is null ? [] : await ReadyEventsAsync(db, preview, task, cancellationToken);
        staged.Add(EventPublisher.Stage(db, "preview-file:update", new EventData { ["preview_file_id"] = preview.Id.ToString() }, task?.ProjectId, preview.PersonId));
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
        (await PreviewPipeline.OfAsync(db, preview.Id, cancellationToken)).BrokenReason = reason;
        var projectId = await db.Set<ProductionTask>().Where(t => t.Id == preview.TaskId).Select(t => t.ProjectId).FirstOrDefaultAsync(cancellationToken);
        var e = EventPublisher.Stage(db, "preview-file:update", new EventData { ["preview_file_id"] = preview.Id.ToString(), ["status"] = "broken" }, projectId, preview.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    /// <summary>Announces progress of the pipeline (not stored: the job row keeps it, see the media worker).</summary>
    public void AnnounceProgress(Guid previewId, Guid? projectId, int progress, string stage)
    {
        var now = time.GetUtcNow().UtcDateTime;
        events.Publish([new ApiEvent
        {
            Id = Guid.NewGuid(), Name = "preview-file:progress", ProjectId = projectId,
            Data = new EventData { ["preview_file_id"] = previewId.ToString(), ["progress"] = progress, ["stage"] = stage }.ToStored(),
            CreatedAt = now, UpdatedAt = now,
        }]);
    }

    /// <summary>After a preview is ready: the task's last preview (first position), the entity's picture when automated.</summary>
    internal static async Task<List<ApiEvent>> ReadyEventsAsync(StudioDbContext db, PreviewFile preview, ProductionTask task, CancellationToken cancellationToken)
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
        staged.Add(EventPublisher.Stage(db, "comment:update", new EventData { ["comment_id"] = comment?.ToString(), ["task_id"] = task.Id.ToString() }, task.ProjectId, preview.PersonId));
        staged.Add(EventPublisher.Stage(db, "preview-file:add-file", new EventData
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
}
