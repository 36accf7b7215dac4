using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;

namespace Studio.Domain.Comments;

/// <summary>
/// ZOU: the people and departments a comment mentions. A person is mentioned by <c>@First Last</c> (a member of
/// the project team, followed by a space or the end of the text); a department by <c>@Name</c>. Each mentioned
/// person, and each team member of a mentioned department, gets a <c>mention</c> notification, except the author.
/// </summary>
public static class CommentMentions
{
    /// <summary>The persons and departments mentioned in <paramref name="text"/> within a project.</summary>
    public static async Task<(List<Guid> Persons, List<Guid> Departments)> ParseAsync(StudioDbContext db, Guid? projectId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('@', StringComparison.Ordinal))
        {
            return ([], []);
        }

        var team = await db.Set<Person>().AsNoTracking()
            .Where(p => db.Set<ProjectPersonLink>().Any(l => l.ProjectId == projectId && l.PersonId == p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName })
            .ToListAsync(cancellationToken);
        var persons = team.Where(p => Mentions(text, $"{p.FirstName} {p.LastName}".Trim())).Select(p => p.Id).ToList();
        var departments = (await db.Set<Department>().AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken))
            .Where(d => Mentions(text, d.Name)).Select(d => d.Id).ToList();
        return (persons, departments);
    }

    /// <summary>
    /// Replaces the comment's mention links with those of its text and rebuilds its <c>mention</c> notifications.
    /// </summary>
    public static async Task ResetAsync(StudioDbContext db, Comment comment, Guid? projectId, CancellationToken cancellationToken)
    {
        var (persons, departments) = await ParseAsync(db, projectId, comment.Text, cancellationToken);
        await db.Set<CommentMention>().Where(m => m.CommentId == comment.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CommentDepartmentMention>().Where(m => m.CommentId == comment.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Notification>().Where(n => n.CommentId == comment.Id && n.NotificationType == "mention" && n.ReplyId == null).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(persons.Select(p => new CommentMention { CommentId = comment.Id, PersonId = p }));
        db.AddRange(departments.Select(d => new CommentDepartmentMention { CommentId = comment.Id, DepartmentId = d }));

        var inDepartments = await DepartmentMembersAsync(db, projectId, departments, cancellationToken);
        foreach (var person in persons.Concat(inDepartments).Distinct().Where(p => p != comment.PersonId))
        {
            db.Add(new Notification
            {
                Id = Guid.NewGuid(),
                NotificationType = "mention",
                PersonId = person,
                AuthorId = comment.PersonId,
                CommentId = comment.Id,
                TaskId = comment.ObjectId,
            });
        }
    }

    /// <summary>The project team members who belong to one of <paramref name="departments"/>.</summary>
    public static Task<List<Guid>> DepartmentMembersAsync(StudioDbContext db, Guid? projectId, IReadOnlyCollection<Guid> departments, CancellationToken cancellationToken) =>
        db.Set<DepartmentLink>().AsNoTracking()
            .Where(l => departments.Contains(l.DepartmentId) && db.Set<ProjectPersonLink>().Any(t => t.ProjectId == projectId && t.PersonId == l.PersonId))
            .Select(l => l.PersonId).Distinct().ToListAsync(cancellationToken);

    private static bool Mentions(string text, string name) =>
        name.Length > 0 && Regex.IsMatch(text, "@" + Regex.Escape(name) + @"(\s|$)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
