using Microsoft.EntityFrameworkCore;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Tasks;

/// <summary>
/// ZOU: what follows a change of a task's assignees: <c>task:assign</c> / <c>task:unassign</c> events and an
/// <c>assignation</c> notification to each new assignee (none when people assign themselves).
/// </summary>
public static class TaskAssignments
{
    /// <summary>Adds the notifications for the change from <paramref name="before"/> to <paramref name="after"/> and
    /// returns the events to stage, as (name, data) pairs.</summary>
    public static List<(string Name, EventData Data)> Changed(StudioDbContext db, Guid taskId, Guid authorId, IReadOnlyCollection<Guid> before, IReadOnlyCollection<Guid> after)
    {
        var events = new List<(string, EventData)>();
        foreach (var person in after.Except(before).Distinct())
        {
            events.Add(("task:assign", Data(taskId, person)));
            if (person != authorId)
            {
                db.Add(new Notification { Id = Guid.NewGuid(), NotificationType = "assignation", PersonId = person, AuthorId = authorId, TaskId = taskId });
            }
        }

        events.AddRange(before.Except(after).Distinct().Select(person => ("task:unassign", Data(taskId, person))));
        return events;
    }

    public static Task<List<Guid>> AssigneesAsync(StudioDbContext db, Guid taskId, CancellationToken cancellationToken) =>
        db.Set<TaskPersonLink>().Where(l => l.TaskId == taskId).Select(l => l.PersonId).ToListAsync(cancellationToken);

    private static EventData Data(Guid taskId, Guid personId) => new() { ["task_id"] = taskId.ToString(), ["person_id"] = personId.ToString() };
}
