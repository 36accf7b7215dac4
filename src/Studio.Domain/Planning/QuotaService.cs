using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;
using Studio.Domain.Timesheets;

namespace Studio.Domain.Planning;

/// <summary>How shots count towards a quota: when a shot counts as made, and whether its share of the work is weighed.</summary>
/// <param name="Feedback">A shot counts at its first feedback request (the task's end date); otherwise at its approval (done date).</param>
/// <param name="Weighted">
/// A shot counts for the share of its work done in the period: the time logged then over the task's whole time, or,
/// with no time logged, the working days of the period over those from the first work-in-progress to the end.
/// Otherwise a shot counts whole in the period it was made.
/// </param>
public sealed record QuotaCount(bool Feedback, bool Weighted)
{
    /// <summary>Zou's <c>count_mode</c> names: weighted, weighteddone, feedback, done.</summary>
    public static QuotaCount Parse(string? mode, string message = "count_mode must be equal to weighted, weighteddone, feedback, or done") => (mode ?? "weighted") switch
    {
        "weighted" => new QuotaCount(Feedback: true, Weighted: true),
        "weighteddone" => new QuotaCount(Feedback: false, Weighted: true),
        "feedback" => new QuotaCount(Feedback: true, Weighted: false),
        "done" => new QuotaCount(Feedback: false, Weighted: false),
        _ => throw new WrongParameterException(message),
    };
}

/// <summary>A shot that counts towards a person's quota in a period, with its name and the share of it that counts.</summary>
public sealed record QuotaShot(Entity Shot, string FullName, double Weight);

/// <summary>
/// Quotas: how many shots a person made of a task type in a production over a day, week or month. Read by the person
/// themselves and by the production's managers.
/// </summary>
public sealed class QuotaService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>
    /// The shots that count towards the quota of <paramref name="personId"/> from <paramref name="start"/> to the day
    /// before <paramref name="end"/>, days of the caller's time zone, by full name. Without a production and a task type
    /// there is no quota: the list is empty.
    /// </summary>
    public async Task<IReadOnlyList<QuotaShot>> PersonShotsAsync(Actor actor, Guid personId, DateOnly start, DateOnly end, Guid? projectId, Guid? taskTypeId,
        QuotaCount count, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await TimesheetService.EnsureNotBotAsync(db, personId, cancellationToken);
        if (!ProjectPermissions.IsManagerRole(await new ProjectAccess(db, actor).EffectiveRoleAsync(projectId, cancellationToken)))
        {
            TimesheetService.EnsureSelfOrAdmin(actor, personId);
        }

        if (projectId is not { } project || taskTypeId is not { } taskType)
        {
            return [];
        }

        var zone = await TimeZoneOfAsync(db, actor.PersonId, cancellationToken);
        var utcStart = TimeZoneInfo.ConvertTimeToUtc(start.ToDateTime(TimeOnly.MinValue), zone);
        var utcEnd = TimeZoneInfo.ConvertTimeToUtc(end.ToDateTime(TimeOnly.MinValue), zone);
        var tasks = MadeShotTasks(db, project, taskType, count);
        var assigned = tasks.Where(t => db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && l.PersonId == personId));

        var weights = new Dictionary<Guid, double>();
        if (!count.Weighted)
        {
            var made = await assigned.Where(t => count.Feedback ? t.EndDate >= utcStart && t.EndDate <= utcEnd : t.DoneDate >= utcStart && t.DoneDate <= utcEnd)
                .Select(t => t.EntityId!.Value).ToListAsync(cancellationToken);
            foreach (var shot in made)
            {
                weights.TryAdd(shot, 1);
            }
        }
        else
        {
            // With time logged: the time of the period over the task's whole time, added up per shot.
            var logged = await (from s in db.Set<TimeSpent>().AsNoTracking()
                                join t in tasks on s.TaskId equals t.Id
                                where s.PersonId == personId && s.Date >= start && s.Date < end
                                select new { EntityId = t.EntityId!.Value, TaskDuration = t.Duration, s.Duration }).ToListAsync(cancellationToken);
            foreach (var row in logged)
            {
                var share = row.TaskDuration is > 0 ? Math.Round(row.Duration / row.TaskDuration.Value, 2) : 0;
                weights[row.EntityId] = weights.GetValueOrDefault(row.EntityId) + share;
            }

            // With none: the working days of the period over those from the first work in progress to the end.
            var unlogged = await assigned
                .Where(t => t.RealStartDate != null && t.RealStartDate <= utcEnd && !db.Set<TimeSpent>().Any(s => s.TaskId == t.Id))
                .Where(t => count.Feedback ? t.EndDate >= utcStart : t.DoneDate >= utcStart)
                .Select(t => new { EntityId = t.EntityId!.Value, Start = t.RealStartDate!.Value, End = count.Feedback ? t.EndDate!.Value : t.DoneDate!.Value })
                .ToListAsync(cancellationToken);
            // Zou's arithmetic: the task's dates (UTC) measured against the period's bounds as days.
            var (periodStart, periodEnd) = (start.ToDateTime(TimeOnly.MinValue), end.ToDateTime(TimeOnly.MinValue));
            foreach (var task in unlogged.Where(t => !weights.ContainsKey(t.EntityId)))
            {
                var taskDays = WorkingDays(task.Start, task.End) + 1;
                var days = (task.Start >= periodStart, task.End <= periodEnd) switch
                {
                    (true, true) => taskDays,
                    (true, false) => WorkingDays(task.Start, periodEnd) + 1,
                    (false, true) => WorkingDays(periodStart, task.End) + 1,
                    _ => 1,
                };
                weights[task.EntityId] = Math.Round((double)days / taskDays, 2);
            }
        }

        var ids = weights.Keys.ToList();
        var shots = await db.Set<Entity>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var names = await EntityFullNames.LoadAsync(db, shots, cancellationToken);
        return [.. shots.Select(s => new QuotaShot(s, names.Of(s), weights[s.Id])).OrderBy(s => s.FullName, StringComparer.Ordinal)];
    }

    /// <summary>The quotas of a task type in a production, per person: for its team.</summary>
    public async Task<QuotaTable> TaskTypeQuotasAsync(Actor actor, Guid projectId, Guid taskTypeId, Guid? studioId, QuotaCount count, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        return await ComputeAsync(db, actor, projectId, taskTypeId, null, studioId, count, cancellationToken);
    }

    /// <summary>
    /// A person's quotas in a production, per task type: for the production's managers and supervisors, and for the
    /// person themself.
    /// </summary>
    public async Task<QuotaTable> PersonQuotasAsync(Actor actor, Guid projectId, Guid personId, Guid? studioId, QuotaCount count, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureProjectAsync(db, projectId, cancellationToken);
        var access = new ProjectAccess(db, actor);
        if (ProjectPermissions.IsSupervisorRole(await access.EffectiveRoleAsync(projectId, cancellationToken)))
        {
            await access.EnsureMemberAsync(projectId, cancellationToken);
        }
        else
        {
            TimesheetService.EnsureSelfOrAdmin(actor, personId);
        }

        return await ComputeAsync(db, actor, projectId, null, personId, studioId, count, cancellationToken);
    }

    /// <summary>
    /// Frames, seconds, shots and drawings made per day. Only shot tasks count, at their feedback request or approval.
    /// Whole (raw): each assignee gets the shot's frames on that day. Weighted: with time logged, each day logged gets
    /// the frames in proportion to the time (for the person who logged it); with none, the frames are spread evenly over
    /// the working days from the first work in progress to that day. ZOU: its spread starts counting at the end date
    /// instead of the start, gives each day all the drawings, and leaves such tasks out of a person's quotas; Studio
    /// spreads frames and drawings over the days the work was done, for both.
    /// </summary>
    private static async Task<QuotaTable> ComputeAsync(StudioDbContext db, Actor actor, Guid projectId, Guid? taskTypeId, Guid? personId, Guid? studioId,
        QuotaCount count, CancellationToken cancellationToken)
    {
        var zone = await TimeZoneOfAsync(db, actor.PersonId, cancellationToken);
        var fpsText = await db.Set<Projects.Project>().Where(p => p.Id == projectId).Select(p => p.Fps).FirstOrDefaultAsync(cancellationToken);
        var fps = double.TryParse(fpsText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 25;
        var tasks = MadeShotTasks(db, projectId, taskTypeId, count);

        if (studioId is { } studio)
        {
            tasks = tasks.Where(t => db.Set<TaskPersonLink>().Any(l => l.TaskId == t.Id && db.Set<Person>().Any(p => p.Id == l.PersonId && p.StudioId == studio)));
        }

        var table = new QuotaTable();
        Guid EntryOf(Guid person, Guid? type) => personId is null ? person : type ?? Guid.Empty;
        DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

        var assigned = from t in tasks
                       join l in db.Set<TaskPersonLink>() on t.Id equals l.TaskId
                       join e in db.Set<Entity>() on t.EntityId equals e.Id
                       where personId == null || l.PersonId == personId
                       select new
                       {
                           l.PersonId,
                           t.TaskTypeId,
                           t.NbDrawings,
                           e.NbFrames,
                           t.RealStartDate,
                           Made = count.Feedback ? t.EndDate!.Value : t.DoneDate!.Value,
                           Logged = db.Set<TimeSpent>().Any(s => s.TaskId == t.Id),
                       };
        if (!count.Weighted)
        {
            foreach (var task in await assigned.ToListAsync(cancellationToken))
            {
                table.Add(EntryOf(task.PersonId, task.TaskTypeId), LocalDay(task.Made), task.NbFrames ?? 0, task.NbDrawings ?? 0, fps);
            }

            return table;
        }

        var logged = await (from s in db.Set<TimeSpent>().AsNoTracking()
                            join t in tasks on s.TaskId equals t.Id
                            join e in db.Set<Entity>() on t.EntityId equals e.Id
                            where s.PersonId != null && (personId == null || s.PersonId == personId)
                            select new { PersonId = s.PersonId!.Value, t.TaskTypeId, TaskDuration = t.Duration, t.NbDrawings, e.NbFrames, s.Date, s.Duration })
            .ToListAsync(cancellationToken);
        foreach (var row in logged.Where(r => r.TaskDuration > 0))
        {
            var share = row.Duration / row.TaskDuration!.Value;
            table.Add(EntryOf(row.PersonId, row.TaskTypeId), row.Date, (int)Math.Round((row.NbFrames ?? 0) * share), (int)Math.Round((row.NbDrawings ?? 0) * share), fps);
        }

        foreach (var task in await assigned.Where(t => !t.Logged && t.RealStartDate != null).ToListAsync(cancellationToken))
        {
            var (first, last) = (LocalDay(task.RealStartDate!.Value), LocalDay(task.Made));
            var days = Enumerable.Range(0, Math.Max(0, last.DayNumber - first.DayNumber) + 1).Select(first.AddDays)
                .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
            if (days.Count == 0)
            {
                days = [last];
            }

            var frames = (int)Math.Round((double)(task.NbFrames ?? 0) / days.Count);
            var drawings = (int)Math.Round((double)(task.NbDrawings ?? 0) / days.Count);
            foreach (var day in days)
            {
                table.Add(EntryOf(task.PersonId, task.TaskTypeId), day, frames, drawings, fps);
            }
        }

        return table;
    }

    /// <summary>The shot tasks of a production (of one task type, when given) made as the count says: feedback asked, or approved.</summary>
    private static IQueryable<ProductionTask> MadeShotTasks(StudioDbContext db, Guid projectId, Guid? taskTypeId, QuotaCount count)
    {
        var tasks = from t in db.Set<ProductionTask>().AsNoTracking()
                    join e in db.Set<Entity>() on t.EntityId equals e.Id
                    join et in db.Set<EntityType>() on e.EntityTypeId equals et.Id
                    where t.ProjectId == projectId && et.Name == "Shot" && (count.Feedback ? t.EndDate != null : t.DoneDate != null)
                    select t;
        return taskTypeId is { } type ? tasks.Where(t => t.TaskTypeId == type) : tasks;
    }

    private static async Task EnsureProjectAsync(StudioDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        if (!await db.Set<Projects.Project>().AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            throw new NotFoundException();
        }
    }

    /// <summary>The working days (Monday to Friday) from the day of <paramref name="from"/> to the day before that of <paramref name="to"/>.</summary>
    public static int WorkingDays(DateTime from, DateTime to)
    {
        var first = DateOnly.FromDateTime(from);
        var last = DateOnly.FromDateTime(to);
        var days = 0;
        for (var day = first; day < last; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days;
    }

    /// <summary>The time zone of a person (UTC when theirs is unknown to this machine).</summary>
    private static async Task<TimeZoneInfo> TimeZoneOfAsync(StudioDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var id = await db.Set<Person>().Where(p => p.Id == personId).Select(p => p.Timezone).FirstOrDefaultAsync(cancellationToken);
        return id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
