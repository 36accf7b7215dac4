using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Timesheets;

/// <summary>The unit of a time table's columns.</summary>
public enum TimeTableLevel
{
    Year,
    Month,
    Week,
    Day,
}

/// <summary>
/// Minutes logged per person, by unit of a period (years; months or ISO weeks of a year; days of a month), units in
/// ascending order.
/// </summary>
public sealed record TimeTable(IReadOnlyList<KeyValuePair<int, IReadOnlyDictionary<Guid, double>>> Units);

/// <summary>The minutes one person logged on one task over a period, with what a timesheet shows of the task.</summary>
public sealed record TaskTimeTotal(
    Guid TaskId,
    Guid? TaskTypeId,
    Guid? ProjectId,
    string? ProjectName,
    string EntityName,
    string? EntityTypeName,
    string? SequenceName,
    string? EpisodeName,
    double Duration);

/// <summary>
/// Reading logged time: one person's over a day, week, month or year (per task), everybody's as tables, an entity's
/// and a production's. Who reads what is <see cref="TimeSpentScope"/>.
/// </summary>
public sealed class TimesheetService(IDbContextFactory<StudioDbContext> factory, TimeProvider time)
{
    /// <summary>
    /// Everybody's minutes the caller may read, by person and unit: by year over all time, by month or week of
    /// <paramref name="year"/>, by day of <paramref name="month"/>.
    /// </summary>
    public async Task<TimeTable> TableAsync(Actor actor, TimeTableLevel level, int? year, int? month, Guid? projectId, Guid? departmentId, Guid? studioId,
        CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var scope = await TimeSpentScope.ForTablesAsync(db, actor, projectId, departmentId, studioId, cancellationToken);
        var query = scope.Apply(db, db.Set<TimeSpent>().AsNoTracking());
        if (level is TimeTableLevel.Month or TimeTableLevel.Week)
        {
            var (start, end) = YearInterval(year ?? throw new WrongParameterException("Invalid month or year."));
            query = query.Where(t => t.Date >= start && t.Date < end);
        }
        else if (level is TimeTableLevel.Day)
        {
            var (start, end) = MonthInterval(year ?? 0, month ?? 0);
            query = query.Where(t => t.Date >= start && t.Date < end);
        }

        // Years and months are summed by the database; weeks and days from each person's daily sums.
        List<(int Unit, Guid Person, double Minutes)> cells = level switch
        {
            TimeTableLevel.Year => [.. (await query.GroupBy(t => new { t.PersonId, t.Date.Year })
                .Select(g => new { g.Key.PersonId, g.Key.Year, Minutes = g.Sum(t => t.Duration) }).ToListAsync(cancellationToken))
                .Select(c => (c.Year, c.PersonId ?? Guid.Empty, c.Minutes))],
            TimeTableLevel.Month => [.. (await query.GroupBy(t => new { t.PersonId, t.Date.Month })
                .Select(g => new { g.Key.PersonId, g.Key.Month, Minutes = g.Sum(t => t.Duration) }).ToListAsync(cancellationToken))
                .Select(c => (c.Month, c.PersonId ?? Guid.Empty, c.Minutes))],
            _ => [.. (await query.GroupBy(t => new { t.PersonId, t.Date })
                .Select(g => new { g.Key.PersonId, g.Key.Date, Minutes = g.Sum(t => t.Duration) }).ToListAsync(cancellationToken))
                .Select(c => (level == TimeTableLevel.Week ? ISOWeek.GetWeekOfYear(c.Date.ToDateTime(TimeOnly.MinValue)) : c.Date.Day, c.PersonId ?? Guid.Empty, c.Minutes))],
        };

        var units = new SortedDictionary<int, Dictionary<Guid, double>>();
        foreach (var (unit, person, minutes) in cells)
        {
            var row = units.TryGetValue(unit, out var found) ? found : units[unit] = [];
            row[person] = row.GetValueOrDefault(person) + minutes;
        }

        return new TimeTable([.. units.Select(u => new KeyValuePair<int, IReadOnlyDictionary<Guid, double>>(u.Key, u.Value))]);
    }

    /// <summary>
    /// The minutes <paramref name="personId"/> logged per task from <paramref name="start"/> to the day before
    /// <paramref name="end"/>, on what the caller may read of that person's time.
    /// </summary>
    public async Task<IReadOnlyList<TaskTimeTotal>> PersonTotalsAsync(Actor actor, Guid personId, DateOnly start, DateOnly end, Guid? projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureNotBotAsync(db, personId, cancellationToken);
        var scope = await TimeSpentScope.ForPersonAsync(db, actor, personId, projectId, cancellationToken);
        var sums = await scope.Apply(db, db.Set<TimeSpent>().AsNoTracking())
            .Where(t => t.Date >= start && t.Date < end && t.TaskId != null)
            .GroupBy(t => t.TaskId!.Value)
            .Select(g => new { TaskId = g.Key, Minutes = g.Sum(t => t.Duration) })
            .ToListAsync(cancellationToken);
        var taskIds = sums.Select(s => s.TaskId).ToList();
        var tasks = await (
            from task in db.Set<ProductionTask>().AsNoTracking()
            where taskIds.Contains(task.Id)
            join entity in db.Set<Entity>() on task.EntityId equals entity.Id
            join project in db.Set<Project>() on task.ProjectId equals project.Id
            join type in db.Set<EntityType>() on entity.EntityTypeId equals type.Id
            from sequence in db.Set<Entity>().Where(s => s.Id == entity.ParentId).DefaultIfEmpty()
            from episode in db.Set<Entity>().Where(e => sequence != null && e.Id == sequence.ParentId).DefaultIfEmpty()
            select new
            {
                task.Id,
                task.TaskTypeId,
                task.ProjectId,
                ProjectName = project.Name,
                EntityName = entity.Name,
                EntityTypeName = type.Name,
                SequenceName = sequence != null ? sequence.Name : null,
                EpisodeName = episode != null ? episode.Name : null,
            }).ToDictionaryAsync(t => t.Id, cancellationToken);

        return [.. sums.Where(s => tasks.ContainsKey(s.TaskId))
            .Select(s => (Sum: s, Task: tasks[s.TaskId]))
            .OrderBy(x => x.Task.ProjectName, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Task.EpisodeName).ThenBy(x => x.Task.SequenceName).ThenBy(x => x.Task.EntityName)
            .Select(x => new TaskTimeTotal(x.Sum.TaskId, x.Task.TaskTypeId, x.Task.ProjectId, x.Task.ProjectName, x.Task.EntityName, x.Task.EntityTypeName,
                x.Task.SequenceName, x.Task.EpisodeName, x.Sum.Minutes))];
    }

    /// <summary>
    /// The caller's timesheet for the week of <paramref name="day"/>: their unfinished tasks in open productions and
    /// every task they logged time on that week (done or not), ordered by production, entity and task type.
    /// </summary>
    public async Task<WeekSheet> MyWeekAsync(Actor actor, DateOnly day, CancellationToken cancellationToken)
    {
        var monday = WeekSheet.MondayOf(day);
        var sunday = monday.AddDays(6);
        var me = actor.PersonId;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var logged = await db.Set<TimeSpent>().AsNoTracking().Where(t => t.PersonId == me && t.Date >= monday && t.Date <= sunday && t.TaskId != null)
            .Select(t => new { TaskId = t.TaskId!.Value, t.Date, t.Duration }).ToListAsync(cancellationToken);
        var loggedTasks = logged.Select(l => l.TaskId).Distinct().ToList();
        var open = await new ProjectAccess(db, actor).OpenTeamProjectIdsAsync(cancellationToken);
        var rows = await (
            from task in db.Set<ProductionTask>().AsNoTracking()
            join status in db.Set<ProductionTaskStatus>() on task.TaskStatusId equals status.Id
            join type in db.Set<TaskType>() on task.TaskTypeId equals type.Id
            join entity in db.Set<Entity>() on task.EntityId equals entity.Id
            join project in db.Set<Project>() on task.ProjectId equals project.Id
            from sequence in db.Set<Entity>().Where(s => s.Id == entity.ParentId).DefaultIfEmpty()
            where loggedTasks.Contains(task.Id)
                || (!status.IsDone && open.Contains(task.ProjectId) && db.Set<TaskPersonLink>().Any(l => l.TaskId == task.Id && l.PersonId == me))
            select new
            {
                task.Id,
                task.ProjectId,
                ProjectName = project.Name,
                EntityName = entity.Name,
                SequenceName = sequence != null ? sequence.Name : null,
                TypeName = type.Name,
                type.Color,
                type.Priority,
                status.IsDone,
            }).ToListAsync(cancellationToken);
        var tasks = rows
            .OrderBy(r => r.ProjectName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.SequenceName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.EntityName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Priority)
            .Select(r => new SheetTask(r.Id, r.ProjectId, r.ProjectName, r.SequenceName is null ? r.EntityName : $"{r.SequenceName} / {r.EntityName}", r.TypeName, r.Color, r.IsDone))
            .ToList();
        var minutes = logged.GroupBy(l => (l.TaskId, l.Date)).ToDictionary(g => g.Key, g => g.Sum(l => l.Duration));
        var daysOff = await db.Set<DayOff>().AsNoTracking().Where(d => d.PersonId == me && d.EndDate >= monday && d.Date <= sunday).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        var hours = await HoursByDayAsync(db, cancellationToken);
        var firstOpen = await TimesheetLock.FirstOpenDayAsync(db, actor, TimesheetLock.Today(time), cancellationToken);
        return new WeekSheet(monday, tasks, minutes, daysOff, hours, firstOpen);
    }

    /// <summary>
    /// The team's time over the week, month or year of <paramref name="day"/>, scoped as the tables are (a production
    /// and a department narrow it). The people are those the caller oversees (everybody active for an administrator,
    /// the teams of their productions for a manager or supervisor, and of those only the people of the department
    /// asked for or of the supervisor's departments) and anyone with time in it.
    /// </summary>
    public async Task<TeamSheet> TeamAsync(Actor actor, TeamSheetSpan span, DateOnly day, Guid? projectId, Guid? departmentId, CancellationToken cancellationToken)
    {
        var (start, end) = span switch
        {
            TeamSheetSpan.Week => (WeekSheet.MondayOf(day), WeekSheet.MondayOf(day).AddDays(7)),
            TeamSheetSpan.Month => MonthInterval(day.Year, day.Month),
            _ => YearInterval(day.Year),
        };
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var scope = await TimeSpentScope.ForTablesAsync(db, actor, projectId, departmentId, null, cancellationToken);
        var daily = await scope.Apply(db, db.Set<TimeSpent>().AsNoTracking()).Where(t => t.Date >= start && t.Date < end && t.PersonId != null)
            .GroupBy(t => new { t.PersonId, t.Date }).Select(g => new { g.Key.PersonId, g.Key.Date, Minutes = g.Sum(t => t.Duration) }).ToListAsync(cancellationToken);
        var minutes = daily.GroupBy(d => (d.PersonId!.Value, span == TeamSheetSpan.Year ? new DateOnly(d.Date.Year, d.Date.Month, 1) : d.Date))
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Minutes));

        var people = db.Set<Person>().AsNoTracking().Where(p => p.Active && !p.IsBot);
        if (scope.PersonId is { } me)
        {
            people = people.Where(p => p.Id == me);
        }
        else if (scope.ProjectIds is { } projects)
        {
            people = people.Where(p => db.Set<ProjectPersonLink>().Any(l => l.PersonId == p.Id && projects.Contains(l.ProjectId)));
        }

        if (scope.DepartmentIds is { Count: > 0 } departments)
        {
            people = people.Where(p => db.Set<DepartmentLink>().Any(l => l.PersonId == p.Id && departments.Contains(l.DepartmentId)));
        }

        var withTime = minutes.Keys.Select(k => k.Item1).Distinct().ToList();
        var listed = await db.Set<Person>().AsNoTracking().Where(p => people.Any(q => q.Id == p.Id) || withTime.Contains(p.Id))
            .Select(p => new SheetPerson(p.Id, Person.FullNameOf(p.FirstName, p.LastName), p.HasAvatar)).ToListAsync(cancellationToken);
        List<DateOnly> columns = span == TeamSheetSpan.Year
            ? [.. Enumerable.Range(0, 12).Select(start.AddMonths)]
            : [.. Enumerable.Range(0, end.DayNumber - start.DayNumber).Select(start.AddDays)];
        var hours = await HoursByDayAsync(db, cancellationToken);
        return new TeamSheet(span, start, end, columns, [.. listed.OrderBy(p => p.FullName, StringComparer.OrdinalIgnoreCase)], minutes, hours);
    }

    /// <summary>The time spents <paramref name="personId"/> logged on <paramref name="date"/> that the caller may read.</summary>
    public async Task<IReadOnlyList<TimeSpent>> PersonDayAsync(Actor actor, Guid personId, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureNotBotAsync(db, personId, cancellationToken);
        var scope = await TimeSpentScope.ForPersonAsync(db, actor, personId, null, cancellationToken);
        return await scope.Apply(db, db.Set<TimeSpent>().AsNoTracking()).Where(t => t.Date == date).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// ZOU: every time spent of a person, or those from <paramref name="start"/> to <paramref name="end"/> (both
    /// days included); for administrators.
    /// </summary>
    public async Task<IReadOnlyList<TimeSpent>> PersonRowsAsync(Actor actor, Guid personId, DateOnly? start, DateOnly? end, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(actor);
        return await RowsAsync(personId, start, end, cancellationToken);
    }

    /// <summary>
    /// The caller's own time spents, all of them or from <paramref name="start"/> to <paramref name="end"/>. ZOU: without
    /// dates Zou answers an empty list (it looks for rows without a date); Studio answers them all, as the route says.
    /// </summary>
    public Task<IReadOnlyList<TimeSpent>> MyRowsAsync(Actor actor, DateOnly? start, DateOnly? end, CancellationToken cancellationToken) =>
        RowsAsync(actor.PersonId, start, end, cancellationToken);

    /// <summary>The time the caller logged on a task on one day, or null.</summary>
    public async Task<TimeSpent?> MyTaskDayAsync(Actor actor, Guid taskId, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<TimeSpent>().AsNoTracking().FirstOrDefaultAsync(t => t.PersonId == actor.PersonId && t.TaskId == taskId && t.Date == date, cancellationToken);
    }

    private async Task<IReadOnlyList<TimeSpent>> RowsAsync(Guid personId, DateOnly? start, DateOnly? end, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureNotBotAsync(db, personId, cancellationToken);
        if (start is null != end is null)
        {
            throw new WrongParameterException("If querying for a range of dates, both a `start_date` and an `end_date` must be given.");
        }

        var query = db.Set<TimeSpent>().AsNoTracking().Where(t => t.PersonId == personId);
        if (start is { } from && end is { } to)
        {
            query = query.Where(t => t.Date >= from && t.Date <= to);
        }

        return await query.OrderBy(t => t.Date).ThenBy(t => t.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>ZOU: every time spent a person logged in a month, for that person and administrators.</summary>
    public async Task<IReadOnlyList<TimeSpent>> PersonMonthRowsAsync(Actor actor, Guid personId, int year, int month, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureNotBotAsync(db, personId, cancellationToken);
        EnsureSelfOrAdmin(actor, personId);
        var (start, end) = MonthInterval(year, month);
        return await db.Set<TimeSpent>().AsNoTracking().Where(t => t.PersonId == personId && t.Date >= start && t.Date < end)
            .OrderBy(t => t.Date).ThenBy(t => t.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The time logged on an entity's tasks, newest day first, for those who may read the entity. Logged time is staff
    /// business: a client reads none of it and a vendor only its own.
    /// </summary>
    public async Task<IReadOnlyList<TimeSpent>> EntityRowsAsync(Actor actor, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entityId, cancellationToken) ?? throw new NotFoundException();
        var access = new ProjectAccess(db, actor);
        await EntityScope.EnsureReadAsync(db, access, entity, cancellationToken);
        await EnsureNotClientAsync(access, entity.ProjectId, cancellationToken);
        var query = db.Set<TimeSpent>().AsNoTracking().Where(t => db.Set<ProductionTask>().Any(k => k.Id == t.TaskId && k.EntityId == entity.Id));
        if (actor.IsVendor)
        {
            query = query.Where(t => t.PersonId == actor.PersonId);
        }

        return await query.OrderByDescending(t => t.Date).ThenBy(t => t.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>Every time spent on a production's tasks, for its team (not its clients; a vendor only its own).</summary>
    public async Task<IReadOnlyList<TimeSpent>> ProjectRowsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        var access = new ProjectAccess(db, actor);
        await access.EnsureMemberAsync(projectId, cancellationToken);
        await EnsureNotClientAsync(access, projectId, cancellationToken);
        var query = db.Set<TimeSpent>().AsNoTracking().Where(t => db.Set<ProductionTask>().Any(k => k.Id == t.TaskId && k.ProjectId == projectId));
        if (actor.IsVendor)
        {
            query = query.Where(t => t.PersonId == actor.PersonId);
        }

        return await query.OrderBy(t => t.Date).ThenBy(t => t.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>ZOU: January the first of <paramref name="year"/> and of the next year.</summary>
    public static (DateOnly Start, DateOnly End) YearInterval(int year) =>
        year is >= 1 and < 9999 ? (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1)) : throw new WrongParameterException("Invalid month or year.");

    /// <summary>The first day of a month and of the next one.</summary>
    public static (DateOnly Start, DateOnly End) MonthInterval(int year, int month)
    {
        if (year is < 1 or >= 9999 || month is < 1 or > 12)
        {
            throw new WrongParameterException("Invalid month or year.");
        }

        var start = new DateOnly(year, month, 1);
        return (start, start.AddMonths(1));
    }

    /// <summary>The Monday of ISO week <paramref name="week"/> of <paramref name="year"/> and the Monday after.</summary>
    public static (DateOnly Start, DateOnly End) WeekInterval(int year, int week)
    {
        if (year is < 1 or >= 9999 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new WrongParameterException("Invalid month or year.");
        }

        var start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return (start, start.AddDays(7));
    }

    /// <summary>A day and the next one.</summary>
    public static (DateOnly Start, DateOnly End) DayInterval(int year, int month, int day)
    {
        if (year is < 1 or >= 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new WrongParameterException("Invalid month or year.");
        }

        var start = new DateOnly(year, month, day);
        return (start, start.AddDays(1));
    }

    /// <summary>The organisation's working day, in hours (8 before it is set).</summary>
    private static async Task<double> HoursByDayAsync(StudioDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.CreatedAt).Select(o => (double?)o.HoursByDay).FirstOrDefaultAsync(cancellationToken) ?? 8;

    /// <summary>ZOU: a bot's time is not a timesheet (its routes refuse bots); an unknown person is a 404.</summary>
    internal static async Task EnsureNotBotAsync(StudioDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var isBot = await db.Set<Person>().Where(p => p.Id == personId).Select(p => (bool?)p.IsBot).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        if (isBot)
        {
            throw new PermissionDeniedException();
        }
    }

    internal static void EnsureSelfOrAdmin(Actor actor, Guid personId)
    {
        if (!actor.IsAdmin && actor.PersonId != personId)
        {
            throw new PermissionDeniedException();
        }
    }

    private static async Task EnsureNotClientAsync(ProjectAccess access, Guid? projectId, CancellationToken cancellationToken)
    {
        if (await access.EffectiveRoleAsync(projectId, cancellationToken) == Roles.Client)
        {
            throw new PermissionDeniedException();
        }
    }
}
