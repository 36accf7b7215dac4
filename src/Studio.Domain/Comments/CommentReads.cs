using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Settings;

namespace Studio.Domain.Comments;

/// <summary>
/// Loads what the comment reads show with a comment (<see cref="WrittenComment"/>, <see cref="ListedComment"/>), as the
/// caller may see it: without a client's view (null) everything is shown.
/// </summary>
internal static class CommentReads
{
    public static async Task<WrittenComment> WrittenAsync(StudioDbContext db, Comment comment, ClientCommentView? view, CancellationToken cancellationToken)
    {
        var links = (await CrudRelations.LoadAsync(db, ZouModel.For<Comment>(), [comment.Id], cancellationToken))[comment.Id];
        var attachments = view?.Blanks(comment.Id) == true
            ? []
            : await db.Set<AttachmentFile>().AsNoTracking().Where(a => a.CommentId == comment.Id && a.ReplyId == null).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var status = await db.Set<ProductionTaskStatus>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == comment.TaskStatusId, cancellationToken);
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == comment.PersonId, cancellationToken);
        return new WrittenComment(view?.Shown(comment) ?? comment, Ids(links, "previews"), Ids(links, "mentions"), Ids(links, "department_mentions"),
            Ids(links, "acknowledgements"), attachments, status, Named(view, comment.PersonId, person));
    }

    public static async Task<List<ListedComment>> ListedAsync(StudioDbContext db, IReadOnlyList<Comment> comments, ClientCommentView? view, CancellationToken cancellationToken)
    {
        var ids = comments.Select(c => c.Id).ToList();
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<Comment>(), ids, cancellationToken);
        var personIds = comments.SelectMany(c => new[] { (Guid?)c.PersonId, c.EditorId }.Concat(ReplyAuthors(c))).OfType<Guid>().Distinct().ToList();
        var persons = await db.Set<Person>().AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var statusIds = comments.Select(c => c.TaskStatusId).OfType<Guid>().Distinct().ToList();
        var statuses = await db.Set<ProductionTaskStatus>().AsNoTracking().Where(s => statusIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var previewIds = links.Values.SelectMany(l => l.GetValueOrDefault("previews") ?? []).Distinct().ToList();
        var previews = await db.Set<PreviewFile>().AsNoTracking().Where(p => previewIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var attachments = (await db.Set<AttachmentFile>().AsNoTracking().Where(a => a.CommentId != null && ids.Contains(a.CommentId.Value)).ToListAsync(cancellationToken))
            .ToLookup(a => a.CommentId!.Value);

        var result = new List<ListedComment>();
        foreach (var comment in comments)
        {
            var own = links[comment.Id];
            var shown = view?.Shown(comment) ?? comment;
            result.Add(new ListedComment(
                shown,
                Named(view, comment.PersonId, persons),
                comment.EditorId is { } editor ? Named(view, editor, persons) : null,
                comment.TaskStatusId is { } s ? statuses.GetValueOrDefault(s) : null,
                Ids(own, "acknowledgements"),
                [.. Ids(own, "previews").Where(previews.ContainsKey).Select(p => previews[p]).Where(p => view is null || ClientCommentView.ShowsPreview(p.ValidationStatus))],
                Ids(own, "mentions"),
                Ids(own, "department_mentions"),
                view?.Blanks(comment.Id) == true ? [] : [.. attachments[comment.Id]],
                [.. CommentReply.Of(shown).Select(r => new ListedReply(r, r.PersonId is { } author ? Named(view, author, persons) : null))]));
        }

        return result;
    }

    /// <summary>The authors of a comment's replies.</summary>
    public static IEnumerable<Guid?> ReplyAuthors(Comment comment) => CommentReply.Of(comment).Select(r => r.PersonId);

    private static Person? Named(ClientCommentView? view, Guid person, Dictionary<Guid, Person> persons) => Named(view, person, persons.GetValueOrDefault(person));

    /// <summary>The person, unless the caller is a client who may not see them named.</summary>
    private static Person? Named(ClientCommentView? view, Guid id, Person? person) => view is null || view.Names(id) ? person : null;

    private static List<Guid> Ids(Dictionary<string, List<Guid>> links, string relation) => links.GetValueOrDefault(relation) ?? [];
}
