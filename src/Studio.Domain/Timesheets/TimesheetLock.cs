using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;

namespace Studio.Domain.Timesheets;

/// <summary>
/// The organisation's timesheet lock (<c>timesheets_locked</c>): when it is on, an artist logs, changes or removes time
/// only for the last seven days; older days are changed by supervisors, managers and administrators. Zou stores the
/// setting and leaves it to Kitsu's screens; Studio applies it to every write, API included.
/// </summary>
public static class TimesheetLock
{
    /// <summary>The first day <paramref name="actor"/> may still change, or null when nothing is locked for them.</summary>
    public static async Task<DateOnly?> FirstOpenDayAsync(StudioDbContext db, Actor actor, DateOnly today, CancellationToken cancellationToken)
    {
        if (actor.Role != Roles.User)
        {
            return null;
        }

        var locked = await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.CreatedAt).Select(o => o.TimesheetsLocked).FirstOrDefaultAsync(cancellationToken);
        return locked ? today.AddDays(-7) : null;
    }

    public static async Task EnsureOpenAsync(StudioDbContext db, Actor actor, DateOnly date, DateOnly today, CancellationToken cancellationToken)
    {
        if (await FirstOpenDayAsync(db, actor, today, cancellationToken) is { } first && date < first)
        {
            throw new RuleViolationException("Timesheets are locked: time older than a week is changed by a supervisor, a manager or an administrator.");
        }
    }

    /// <summary>Today, in UTC.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
