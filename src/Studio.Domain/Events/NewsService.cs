using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Events;

/// <summary>
/// The productions' news feed: one item per comment, newest first, with the task, its entity and the
/// preview, filtered and paginated, and per-status counts of the status changes.
/// </summary>
public sealed class NewsService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>A page of the news of a production the caller is in, or of the caller's open productions (every production for an admin).</summary>
    public async Task<NewsFeed> FeedAsync(Actor actor, NewsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var access = new ProjectAccess(db, actor);
        List<Guid>? projects = null;
        if (query.ProjectId is { } id)
        {
            await BreakdownService.EnsureProjectAsync(db, id, cancellationToken);
            await access.EnsureMemberAsync(id, cancellationToken);
            projects = [id];
        }
        else if (!actor.IsAdmin)
        {
            projects = (await access.OpenTeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
        }

        var rows = db.Set<News>().AsNoTracking().Join(db.Set<ProductionTask>(), n => n.TaskId, t => t.Id, (n, t) => new { News = n, Task = t });
        if (projects is not null)
        {
            rows = rows.Where(r => r.Task.ProjectId != null && projects.Contains(r.Task.ProjectId.Value));
        }

        if (actor.IsVendor)
        {
            var me = actor.PersonId;
            rows = rows.Where(r => db.Set<TaskPersonLink>().Any(l => l.TaskId == r.Task.Id && l.PersonId == me));
        }

        if (query.OnlyPreview)
        {
            rows = rows.Where(r => r.News.PreviewFileId != null);
        }

        if (query.TaskTypeId is { } taskType)
        {
            rows = rows.Where(r => r.Task.TaskTypeId == taskType);
        }

        if (query.TaskStatusId is { } taskStatus)
        {
            rows = rows.Where(r => db.Set<Comment>().Any(c => c.Id == r.News.CommentId && c.TaskStatusId == taskStatus));
        }

        if (query.PersonId is { } author)
        {
            rows = rows.Where(r => r.News.AuthorId == author);
        }

        if (query.EpisodeId is { } episode)
        {
            rows = rows.Where(r => db.Set<Entity>().Any(e => e.Id == r.Task.EntityId
                && (e.SourceId == episode || e.ParentId == episode || db.Set<Entity>().Any(s => s.Id == e.ParentId && s.ParentId == episode))));
        }

        if (query.After is { } after)
        {
            rows = rows.Where(r => r.News.CreatedAt > after);
        }

        if (query.Before is { } before)
        {
            rows = rows.Where(r => r.News.CreatedAt < before);
        }

        // ZOU: Zou's feed gives a client the news of every comment, the studio's internal ones too (their ids, statuses,
        // authors and previews); here each caller gets the news of the comments its tasks' comment lists show it.
        var (hidden, _) = await CommentVisibility.SortAsync(db, actor, db.Set<Comment>().Where(c => rows.Any(r => r.News.CommentId == c.Id)), cancellationToken);
        if (hidden.Count > 0)
        {
            rows = rows.Where(r => r.News.CommentId == null || !hidden.Contains(r.News.CommentId.Value));
        }

        var page = Math.Max(1, query.Page ?? 1);
        var limit = Math.Max(1, query.Limit ?? 50);
        var total = await rows.CountAsync(cancellationToken);
        var stats = await rows.Where(r => r.News.Change)
            .Join(db.Set<Comment>(), r => r.News.CommentId, c => c.Id, (r, c) => c.TaskStatusId)
            .GroupBy(s => s).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var pageRows = await rows.OrderByDescending(r => r.News.CreatedAt).ThenBy(r => r.News.Id).Skip((page - 1) * limit).Take(limit).ToListAsync(cancellationToken);
        var items = await ItemsAsync(db, actor, [.. pageRows.Select(r => (r.News, r.Task))], cancellationToken);
        return new NewsFeed(items, total, page, limit, [.. stats.Where(s => s.Status is not null).Select(s => new NewsStatusCount(s.Status!.Value, s.Count))]);
    }

    /// <summary>One item of a production's feed (no vendors), for whoever finds it in the feed: not the news of a comment the caller does not see.</summary>
    public async Task<NewsItem> OneAsync(Actor actor, Guid projectId, Guid newsId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        ProjectAccess.EnsureNotVendor(actor);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var row = await db.Set<News>().AsNoTracking().Join(db.Set<ProductionTask>(), n => n.TaskId, t => t.Id, (n, t) => new { News = n, Task = t })
            .FirstOrDefaultAsync(r => r.News.Id == newsId && r.Task.ProjectId == projectId, cancellationToken) ?? throw new NotFoundException();
        var (hidden, _) = await CommentVisibility.SortAsync(db, actor, db.Set<Comment>().Where(c => c.Id == row.News.CommentId), cancellationToken);
        if (hidden.Count > 0)
        {
            throw new PermissionDeniedException();
        }

        return (await ItemsAsync(db, actor, [(row.News, row.Task)], cancellationToken))[0];
    }

    /// <summary>
    /// The items of the feed; a client is not told which of the studio's people wrote a comment, as its comment
    /// list does not name them.
    /// </summary>
    private static async Task<List<NewsItem>> ItemsAsync(StudioDbContext db, Actor actor, List<(News News, ProductionTask Task)> rows, CancellationToken cancellationToken)
    {
        var commentIds = rows.Select(r => r.News.CommentId).OfType<Guid>().ToList();
        var statuses = await db.Set<Comment>().AsNoTracking().Where(c => commentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.TaskStatusId, cancellationToken);
        var entityIds = rows.Select(r => r.Task.EntityId).OfType<Guid>().Distinct().ToList();
        var entities = await db.Set<Entity>().AsNoTracking().Where(e => entityIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var names = await EntityFullNames.LoadAsync(db, entities.Values, cancellationToken);
        var projectIds = rows.Select(r => r.Task.ProjectId).OfType<Guid>().Distinct().ToList();
        var projects = await db.Set<Project>().AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var previewIds = rows.Select(r => r.News.PreviewFileId).OfType<Guid>().ToList();
        var previews = await db.Set<PreviewFile>().AsNoTracking().Where(p => previewIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var authorIds = rows.Select(r => r.News.AuthorId).Distinct().ToList();
        var authors = await db.Set<Person>().AsNoTracking().Where(p => authorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var access = new ProjectAccess(db, actor);
        var unnamed = new HashSet<(Guid?, Guid)>();
        foreach (var project in projectIds)
        {
            if (await access.EffectiveRoleAsync(project, cancellationToken) == Roles.Client)
            {
                var clients = await CommentAccess.ClientsAsync(db, project, authorIds, cancellationToken);
                unnamed.UnionWith(authorIds.Where(a => !clients.Contains(a)).Select(a => ((Guid?)project, a)));
            }
        }

        var result = new List<NewsItem>();
        foreach (var (news, task) in rows)
        {
            var entity = task.EntityId is { } e ? entities.GetValueOrDefault(e) : null;
            var parent = entity is null ? null : names.ParentOf(entity);
            var kind = entity is null ? "" : names.KindOf(entity);
            result.Add(new NewsItem(
                news,
                task,
                news.CommentId is { } c ? statuses.GetValueOrDefault(c) : null,
                news.PreviewFileId is { } pf ? previews.GetValueOrDefault(pf) : null,
                task.ProjectId is { } pr ? projects.GetValueOrDefault(pr) : null,
                entity,
                entity is null ? null : names.Of(entity),
                kind is "Shot" or "Scene" ? parent?.ParentId : entity?.SourceId,
                unnamed.Contains((task.ProjectId, news.AuthorId)) ? null : authors.GetValueOrDefault(news.AuthorId)));
        }

        return result;
    }
}
