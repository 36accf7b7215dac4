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
    public static QuotaCount Parse(string? mode) => (mode ?? "weighted") switch
    {
        "weighted" => new QuotaCount(Feedback: true, Weighted: true),
        "weighteddone" => new QuotaCount(Feedback: false, Weighted: true),
        "feedback" => new QuotaCount(Feedback: true, Weighted: false),
        "done" => new QuotaCount(Feedback: false, Weighted: false),
        _ => throw new WrongParameterException("count_mode must be equal to weighted, weighteddone, feedback, or done"),
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
        var access = new ProjectAccess(db, actor);
        if (ProjectPermissions.IsManagerRole(await access.EffectiveRoleAsync(projectId, cancellationToken)))
        {
            await access.EnsureManagerAsync(projectId, cancellationToken);
        }
        else
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
        var tasks = from t in db.Set<ProductionTask>().AsNoTracking()
                    join e in db.Set<Entity>() on t.EntityId equals e.Id
                    join et in db.Set<EntityType>() on e.EntityTypeId equals et.Id
                    where t.ProjectId == project && t.TaskTypeId == taskType && et.Name == "Shot"
                        && (count.Feedback ? t.EndDate != null : t.DoneDate != null)
                    select t;
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
