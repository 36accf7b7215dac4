using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Persistence;
using Studio.Domain.Timesheets;

namespace Studio.Domain.Persons;

/// <summary>One active person's line of a presence sheet: the days of the month they signed in on the desktop.</summary>
public sealed record PresenceLine(string FullName, IReadOnlySet<int> Days);

/// <summary>Who signed in on the desktop on which day of a month (<see cref="DaysInMonth"/> columns).</summary>
public sealed record PresenceSheet(int Year, int DaysInMonth, IReadOnlyList<PresenceLine> Lines);

/// <summary>
/// Desktop sign-ins (a desktop client reports each one) and the monthly presence sheet built from them.
/// </summary>
public sealed class PresenceService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>ZOU: a person's desktop sign-ins, newest first, for that person and managers.</summary>
    public async Task<IReadOnlyList<DesktopLoginLog>> DesktopLoginsAsync(Actor actor, Guid personId, CancellationToken cancellationToken)
    {
        if (actor.PersonId != personId && !actor.IsManager)
        {
            throw new PermissionDeniedException();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw new NotFoundException();
        }

        return await db.Set<DesktopLoginLog>().AsNoTracking().Where(l => l.PersonId == personId).OrderByDescending(l => l.Date).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Records a desktop sign-in of the person (by that person, or an administrator), at <paramref name="date"/> or now.
    /// ZOU: the person's last presence becomes the later of their last sign-in's day and their last logged day.
    /// </summary>
    public async Task<DesktopLoginLog> AddDesktopLoginAsync(Actor actor, Guid personId, DateTime? date, CancellationToken cancellationToken)
    {
        if (actor.PersonId != personId && !actor.IsAdmin)
        {
            throw new PermissionDeniedException();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) ?? throw new NotFoundException();
        var log = new DesktopLoginLog { Id = Guid.NewGuid(), PersonId = personId, Date = date ?? DateTime.UtcNow };
        db.Add(log);
        var lastLogin = await db.Set<DesktopLoginLog>().Where(l => l.PersonId == personId).MaxAsync(l => (DateTime?)l.Date, cancellationToken);
        var lastLogged = await db.Set<TimeSpent>().Where(t => t.PersonId == personId).MaxAsync(t => (DateOnly?)t.Date, cancellationToken);
        DateOnly?[] days = [DateOnly.FromDateTime(log.Date), lastLogin is { } l ? DateOnly.FromDateTime(l) : null, lastLogged];
        person.LastPresence = days.Max();
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        return log;
    }

    /// <summary>
    /// ZOU: the presence sheet of a month, for administrators: every active person who is not a guest (by first then
    /// last name) and the days they signed in on the desktop.
    /// </summary>
    public async Task<PresenceSheet> MonthAsync(Actor actor, int year, int month, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(actor);
        var (start, end) = TimesheetService.MonthInterval(year, month);
        DateTime from = start.ToDateTime(TimeOnly.MinValue), to = end.ToDateTime(TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.Active && !p.IsGuest)
            .OrderBy(p => p.FirstName).ThenBy(p => p.LastName).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync(cancellationToken);
        var logins = await db.Set<DesktopLoginLog>().AsNoTracking().Where(l => l.Date >= from && l.Date < to)
            .Select(l => new { l.PersonId, l.Date }).ToListAsync(cancellationToken);
        var days = logins.ToLookup(l => l.PersonId, l => l.Date.Day);
        return new PresenceSheet(year, DateTime.DaysInMonth(year, month),
            [.. people.Select(p => new PresenceLine(Person.FullNameOf(p.FirstName, p.LastName), days[p.Id].ToHashSet()))]);
    }
}
