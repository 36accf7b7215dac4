using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Media;
using Studio.Domain.Persistence;

namespace Studio.Domain.Previews;

/// <summary>A file being uploaded: its name as the client gave it and its content, read once.</summary>
public sealed record UploadedFile(string FileName, Stream Content);

/// <summary>
/// The upload of a preview's file. The caller's right to act on the task and the preview's state are checked
/// before the body is read, the extension as soon as the file's headers are; the file is then streamed once to
/// where it stays. A picture is processed in the request (Zou's answer is already <c>ready</c>); a movie is
/// queued for the media pipeline; any other accepted file is stored as it is.
/// </summary>
public sealed class PreviewUploadService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, PreviewStore store, PreviewStates states, IPreviewPictures pictures, TimeProvider time)
{
    /// <summary>
    /// Uploads the file that <paramref name="open"/> reads from the request (null: none was sent). With
    /// <paramref name="normalize"/> false a movie is kept as uploaded and only its pictures are made.
    /// </summary>
    public async Task<PreviewFile> UploadAsync(Actor actor, Guid previewId, Func<CancellationToken, Task<UploadedFile?>> open, bool normalize, long maxSize, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var preview = await db.Set<PreviewFile>().FirstOrDefaultAsync(p => p.Id == previewId, cancellationToken) ?? throw new NotFoundException();
        var task = await PreviewService.PublishableTaskAsync(db, actor, preview.TaskId ?? Guid.Empty, cancellationToken);
        if (!string.IsNullOrEmpty(preview.OriginalName))
        {
            throw new WrongParameterException("A file was already uploaded for this preview.");
        }

        var file = await open(cancellationToken) ?? throw new WrongParameterException("File not provided.");
        var extension = Path.GetExtension(file.FileName).TrimStart('.').ToLowerInvariant();
        var kind = PreviewStore.Pictures.Contains(extension) ? "picture" : PreviewStore.Movies.Contains(extension) ? "movie" : PreviewStore.Files.Contains(extension) ? "file" : null;
        if (kind is null)
        {
            await RemoveAsync(db, preview, cancellationToken);
            throw new WrongParameterException($"Wrong file format, extension: {extension}");
        }

        // The upload goes where it stays: a file as the original, a movie kept as uploaded as the served movie, what
        // the pipeline converts under source.
        var variant = kind == "file" ? PreviewStore.Original : kind == "movie" && !normalize ? PreviewStore.Previews : PreviewStore.Source;
        var size = await store.SaveAsync(variant, preview.Id, extension, file.Content, maxSize, cancellationToken);
        preview.OriginalName = Path.GetFileNameWithoutExtension(file.FileName);
        preview.FileSize = size;
        (await PreviewPipeline.OfAsync(db, preview.Id, cancellationToken)).SourceExtension = extension;

        // ZOU: pictures become PNG, movies are served as mp4 (even one kept as uploaded), other files keep theirs.
        preview.Extension = kind switch { "picture" => "png", "movie" => "mp4", _ => extension };
        preview.Status = kind == "file" ? "ready" : "processing";
        var staged = kind == "file" ? await PreviewStates.ReadyEventsAsync(db, preview, task, cancellationToken) : [];
        var job = kind == "file" ? null : MediaQueue.EnqueuePreview(db, preview.Id, extension, kind, kind == "movie" ? normalize : null);
        if (job is not null && kind == "picture")
        {
            // The request makes the pictures itself; the job, saved with the processing row, is the queue's to take
            // only if the request never finishes them (cancelled, failed, the process gone).
            job.LeaseUntil = time.GetUtcNow().UtcDateTime + pictures.UploadBound;
        }

        staged.Add(EventPublisher.Stage(db, "preview-file:update", new EventData { ["preview_file_id"] = preview.Id.ToString() }, task.ProjectId, actor.PersonId));
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        if (kind == "picture")
        {
            await PictureAsync(db, preview, job!, store.PathOf(variant, preview.Id, extension), cancellationToken);
        }

        return preview;
    }

    /// <summary>The picture's variants now, or through the queue (at once) when the machine cannot make them now.</summary>
    private async Task PictureAsync(StudioDbContext db, PreviewFile preview, MediaJob job, string source, CancellationToken cancellationToken)
    {
        var outcome = await pictures.FromUploadAsync(preview.Id, source, cancellationToken);
        var queued = db.Set<MediaJob>().Where(j => j.Id == job.Id && j.State == MediaJob.Queued);
        if (outcome is null)
        {
            await queued.ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseUntil, (DateTime?)null), cancellationToken);
            await db.Entry(preview).ReloadAsync(cancellationToken);
            return;
        }

        if (outcome.BrokenReason is { } reason)
        {
            await states.MarkBrokenAsync(preview.Id, reason, cancellationToken);
        }
        else
        {
            await states.MarkReadyAsync(preview.Id, outcome.Width, outcome.Height, 0, outcome.FileSize,
                new SourceFacts(outcome.Width, outcome.Height, preview.FileSize ?? 0), cancellationToken);
        }

        // Only once the row is final: a crash before this leaves the job to redo the same pictures.
        await queued.ExecuteDeleteAsync(CancellationToken.None);
        await db.Entry(preview).ReloadAsync(cancellationToken);
    }

    /// <summary>ZOU: the preview row is removed with the refusal of an unknown extension.</summary>
    private static async Task RemoveAsync(StudioDbContext db, PreviewFile preview, CancellationToken cancellationToken)
    {
        await db.Set<CommentPreviewLink>().Where(l => l.PreviewFileId == preview.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Comment>().Where(c => c.PreviewFileId == preview.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.PreviewFileId, (Guid?)null), cancellationToken);
        await db.Set<News>().Where(n => n.PreviewFileId == preview.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.PreviewFileId, (Guid?)null), cancellationToken);
        db.Remove(preview);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
    }
}
