using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Tasks;

namespace Studio.Domain.Timesheets;

/// <summary>The time logged on one task, by person, and its total in minutes.</summary>
public sealed record TaskTimeSpents(double Total, IReadOnlyList<TimeSpent> Rows);

/// <summary>
/// The time people log on a task, one day at a time (Zou's task time-spent actions): the task's <c>duration</c>
/// follows the sum of its time spents with every write.
/// </summary>
public sealed class TaskTimeSpentService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time)
{
    /// <summary>The time logged on a task the caller may read, every day or only <paramref name="date"/>.</summary>
    public async Task<TaskTimeSpents> ListAsync(Actor actor, Guid taskId, DateOnly? date, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var query = db.Set<TimeSpent>().AsNoTracking().Where(t => t.TaskId == task.Id);
        if (date is { } day)
        {
            query = query.Where(t => t.Date == day);
        }

        var rows = await query.OrderBy(t => t.Date).ThenBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return new TaskTimeSpents(rows.Sum(t => t.Duration), rows);
    }

    /// <summary>
    /// Sets the minutes <paramref name="personId"/> spent on the task on <paramref name="date"/> (or, with
    /// <paramref name="add"/>, adds to them), and the task's duration with them.
    /// </summary>
    public async Task<TimeSpent> SetAsync(Actor actor, Guid taskId, Guid personId, DateOnly date, double minutes, bool add, CancellationToken cancellationToken)
    {
        if (!(minutes > 0))
        {
            throw ValidationException.For("duration", "Input should be greater than 0");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (task, person) = await WritableAsync(db, actor, taskId, personId, date, cancellationToken);
        var row = await db.Set<TimeSpent>().FirstOrDefaultAsync(t => t.TaskId == task.Id && t.PersonId == personId && t.Date == date, cancellationToken);
        var created = row is null;
        if (row is null)
        {
            row = new TimeSpent { Id = Guid.NewGuid(), TaskId = task.Id, PersonId = personId, Date = date, Duration = minutes };
            db.Add(row);

            // ZOU: a person's last presence is the latest day they logged time (or signed in on the desktop app).
            if (person.LastPresence is null || person.LastPresence < date)
            {
                person.LastPresence = date;
            }
        }
        else
        {
            row.Duration = add ? row.Duration + minutes : minutes;
        }

        return await SaveAsync(db, actor, task, row, created ? "time-spent:new" : "time-spent:update", removed: false, cancellationToken);
    }

    /// <summary>Removes the time <paramref name="personId"/> logged on the task on <paramref name="date"/>.</summary>
    public async Task<TimeSpent> DeleteAsync(Actor actor, Guid taskId, Guid personId, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (task, _) = await WritableAsync(db, actor, taskId, personId, date, cancellationToken);
        var row = await db.Set<TimeSpent>().FirstOrDefaultAsync(t => t.TaskId == task.Id && t.PersonId == personId && t.Date == date, cancellationToken)
            ?? throw new NotFoundException();

        // ZOU: the answer is the row as removed, with no time left.
        row.Duration = 0;
        db.Remove(row);
        return await SaveAsync(db, actor, task, row, "time-spent:delete", removed: true, cancellationToken);
    }

    /// <summary>
    /// The task, once the person is known and may log on it: not a bot (unless the production lets bots work), assigned,
    /// and the caller that person, an administrator or a manager of the production; and the day not locked for the caller.
    /// </summary>
    private async Task<(ProductionTask Task, Person Person)> WritableAsync(StudioDbContext db, Actor actor, Guid taskId, Guid personId, DateOnly date,
        CancellationToken cancellationToken)
    {
        var task = await db.Set<ProductionTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) ?? throw new NotFoundException();
        if (person.IsBot && !await db.Set<Project>().AnyAsync(p => p.Id == task.ProjectId && p.IsBotCollaborationEnabled, cancellationToken))
        {
            throw new PermissionDeniedException();
        }

        await TimeSpentAccess.EnsureMayWriteAsync(db, actor, task.Id, task.ProjectId, personId, cancellationToken);
        await TimesheetLock.EnsureOpenAsync(db, actor, date, TimesheetLock.Today(time), cancellationToken);
        return (task, person);
    }

    private async Task<TimeSpent> SaveAsync(StudioDbContext db, Actor actor, ProductionTask task, TimeSpent row, string eventName, bool removed, CancellationToken cancellationToken)
    {
        await TaskDurations.RecomputeAsync(db, task.Id, row, removed, cancellationToken);
        ApiEvent[] staged =
        [
            EventPublisher.Stage(db, eventName, new EventData { ["time_spent_id"] = row.Id.ToString() }, task.ProjectId, actor.PersonId),
            EventPublisher.Stage(db, "task:update", TaskDurations.EventPayload(task), task.ProjectId, actor.PersonId),
        ];
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        return row;
    }
}
