using Microsoft.EntityFrameworkCore;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Previews;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>
/// ZOU (<c>import_last_revision</c>): a status automation copies the previews of the last revision of the
/// task that triggered it onto the comment it posts, as the next revision of the target task.
/// </summary>
internal static class RevisionImport
{
    /// <summary>
    /// Adds the copied preview rows (and their links to <paramref name="comment"/>) to <paramref name="db"/>; returns the
    /// (source, copy) ids whose files the caller copies once the change is committed.
    /// </summary>
    public static async Task<List<(Guid From, Guid To)>> CopyLastRevisionAsync(StudioDbContext db, ProductionTask source, ProductionTask target, Comment comment, Guid authorId, CancellationToken cancellationToken)
    {
        var last = await db.Set<PreviewFile>().Where(p => p.TaskId == source.Id).MaxAsync(p => p.Revision, cancellationToken);
        if (last is null)
        {
            return [];
        }

        var previews = await db.Set<PreviewFile>().AsNoTracking().Where(p => p.TaskId == source.Id && p.Revision == last).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var revision = (await db.Set<PreviewFile>().Where(p => p.TaskId == target.Id).MaxAsync(p => p.Revision, cancellationToken) ?? 0) + 1;
        var sourceIds = previews.Select(p => p.Id).ToList();
        var pipelines = await db.Set<PreviewPipeline>().AsNoTracking().Where(r => sourceIds.Contains(r.PreviewFileId)).ToDictionaryAsync(r => r.PreviewFileId, cancellationToken);
        var copies = new List<(Guid, Guid)>();
        foreach (var preview in previews)
        {
            var copy = new PreviewFile
            {
                Id = Guid.NewGuid(),
                Name = Guid.NewGuid().ToString("N")[..13],
                OriginalName = preview.OriginalName,
                Revision = revision,
                Position = preview.Position,
                Extension = preview.Extension,
                Description = preview.Description,
                Source = preview.Source,
                FileSize = preview.FileSize,
                Status = preview.Status,
                Width = preview.Width,
                Height = preview.Height,
                Duration = preview.Duration,
                Data = preview.Data?.DeepClone(),
                TaskId = target.Id,
                PersonId = authorId,
                SourceFileId = preview.SourceFileId,
            };
            db.Add(copy);
            if (pipelines.TryGetValue(preview.Id, out var pipeline))
            {
                // The copy's files are the same files: the pipeline's record of them (source extension, measures) goes along.
                pipeline.PreviewFileId = copy.Id;
                db.Add(pipeline);
            }

            db.Add(new CommentPreviewLink { CommentId = comment.Id, PreviewFileId = copy.Id });
            comment.PreviewFileId ??= copy.Id;
            if (copy.Position == 1)
            {
                target.LastPreviewFileId = copy.Id;
            }

            copies.Add((preview.Id, copy.Id));
        }

        // The news row of the triggered comment was written before its previews: it shows the first one.
        foreach (var news in db.ChangeTracker.Entries<News>().Where(e => e.Entity.CommentId == comment.Id).Select(e => e.Entity))
        {
            news.PreviewFileId ??= comment.PreviewFileId;
        }

        return copies;
    }
}
