using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Comments;

/// <summary>The permission checks the comment routes share (Zou's task-read and mentioned, author or manager).</summary>
internal static class CommentAccess
{
    public static async Task<Comment> CommentOfAsync(StudioDbContext db, ProductionTask task, Guid commentId, CancellationToken cancellationToken) =>
        await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId && c.ObjectId == task.Id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>ZOU's "mentioned": a team member, not a vendor, mentioned (or in a mentioned department) in the task's discussion.</summary>
    public static async Task<bool> IsMentionedAsync(StudioDbContext db, Actor actor, ProductionTask task, CancellationToken cancellationToken)
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

    public static async Task EnsureAuthorOrManagerAsync(StudioDbContext db, Actor actor, ProductionTask task, Comment comment, CancellationToken cancellationToken)
    {
        if (comment.PersonId != actor.PersonId)
        {
            await new ProjectAccess(db, actor).EnsureManagerAsync(task.ProjectId, cancellationToken);
        }
    }

    /// <summary>The persons among <paramref name="persons"/> whose role in the project (team role, else global role) is client.</summary>
    public static async Task<HashSet<Guid>> ClientsAsync(StudioDbContext db, Guid? projectId, List<Guid> persons, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Person>().Where(p => persons.Contains(p.Id))
            .Select(p => new { p.Id, p.Role, TeamRole = db.Set<ProjectPersonLink>().Where(l => l.ProjectId == projectId && l.PersonId == p.Id).Select(l => l.Role).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => (r.TeamRole ?? r.Role) == Roles.Client).Select(r => r.Id)];
    }

    public static async Task<bool> AuthorIsClientAsync(StudioDbContext db, ProductionTask task, Guid author, CancellationToken cancellationToken) =>
        (await ClientsAsync(db, task.ProjectId, [author], cancellationToken)).Contains(author);

    /// <summary>An event announced live but not stored (acknowledgements, deleted replies, notifications).</summary>
    public static ApiEvent Transient(TimeProvider time, string name, EventData data, Guid? projectId, Actor actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new ApiEvent { Id = Guid.NewGuid(), Name = name, Data = data.ToStored(), ProjectId = projectId, UserId = actor.PersonId, CreatedAt = now, UpdatedAt = now };
    }

    /// <summary>
    /// Comments on one task are applied one at a time: the task row is locked until the transaction ends, so
    /// concurrent postings cannot lose a retake count or a status. SQLite needs no lock: its writing transactions
    /// (BEGIN IMMEDIATE) are already serialized.
    /// </summary>
    public static async Task LockTaskAsync(StudioDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT id FROM task WHERE id = {taskId} FOR UPDATE", cancellationToken);
        }
    }
}
