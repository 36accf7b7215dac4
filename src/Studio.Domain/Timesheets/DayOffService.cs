using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Persistence;

namespace Studio.Domain.Timesheets;

/// <summary>A day off on a production's calendar; its reason shows only to managers and to its own person.</summary>
public sealed record TeamDayOff(DayOff DayOff, bool ShowsDescription);

/// <summary>
/// Reading days off. Leave is between the person and the administrators (a production's team calendar is read through
/// the production): a person reads their own, an administrator anyone's.
/// </summary>
public sealed class DayOffService(IDbContextFactory<StudioDbContext> factory, Crud.CrudService crud)
{
    /// <summary>
    /// Records or changes the day off of <paramref name="personId"/> on <paramref name="date"/>: the one covering the date
    /// takes the new end and reason; with none, a day off starts on the date (ending on <paramref name="endDate"/>, or the
    /// same day). Written through the day-off rules: a person's own or an administrator's, no overlap with another day
    /// off, and the time logged inside it removed.
    /// </summary>
    public async Task<DayOff> SetOnDateAsync(Actor actor, Guid personId, DateOnly date, DateOnly? endDate, string? description, CancellationToken cancellationToken)
    {
        var existing = await OnDateAsync(actor, personId, date, cancellationToken);
        var collection = Crud.CrudRegistry.For<DayOff>();
        var changes = new Crud.CrudChanges<DayOff>().Set(d => d.Description, string.IsNullOrWhiteSpace(description) ? null : description.Trim());
        if (existing is not null)
        {
            changes.Set(d => d.EndDate, endDate ?? existing.EndDate);
            return (await collection.UpdateAsync(crud, actor, existing.Id, changes, cancellationToken)).Row;
        }

        changes.Set(d => d.PersonId, (Guid?)personId).Set(d => d.Date, date).Set(d => d.EndDate, endDate ?? date);
        return (await collection.CreateAsync(crud, actor, changes, cancellationToken)).Row;
    }

    /// <summary>Removes the day off of <paramref name="personId"/> that covers <paramref name="date"/>.</summary>
    public async Task RemoveOnDateAsync(Actor actor, Guid personId, DateOnly date, CancellationToken cancellationToken)
    {
        var existing = await OnDateAsync(actor, personId, date, cancellationToken)
            ?? throw new Common.NotFoundException("No day off on this date.");
        await Crud.CrudRegistry.For<DayOff>().DeleteAsync(crud, actor, existing.Id, false, cancellationToken);
    }

    /// <summary>The day off of <paramref name="personId"/> that covers <paramref name="date"/>, if any.</summary>
    public async Task<DayOff?> OnDateAsync(Actor actor, Guid personId, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureReadableAsync(db, actor, personId, cancellationToken);
        return await db.Set<DayOff>().AsNoTracking().Where(d => d.PersonId == personId && d.Date <= date && d.EndDate >= date)
            .OrderBy(d => d.Date).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The days off of <paramref name="personId"/> that touch the period from <paramref name="start"/> to the day before
    /// <paramref name="end"/> (every one when both are null).
    /// </summary>
    public async Task<IReadOnlyList<DayOff>> OfPersonAsync(Actor actor, Guid personId, DateOnly? start, DateOnly? end, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureReadableAsync(db, actor, personId, cancellationToken);
        return await Touching(db, start, end).Where(d => d.PersonId == personId).OrderBy(d => d.Date).ToListAsync(cancellationToken);
    }

    /// <summary>The days off that touch a month: everybody's for an administrator, one's own for anybody else.</summary>
    public async Task<IReadOnlyList<DayOff>> OfMonthAsync(Actor actor, int year, int month, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (start, end) = TimesheetService.MonthInterval(year, month);
        var query = Touching(db, start, end);
        if (!actor.IsAdmin)
        {
            query = query.Where(d => d.PersonId == actor.PersonId);
        }

        return await query.OrderBy(d => d.Date).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// ZOU: the days off of a production's team that touch the period (both ends included; all when none is given), by
    /// date, for its team but not its clients nor vendors. Why someone is off is theirs and the managers' to know.
    /// </summary>
    public async Task<IReadOnlyList<TeamDayOff>> OfProductionAsync(Actor actor, Guid projectId, DateOnly? start, DateOnly? end, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await Breakdown.BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        if (actor.IsClient || actor.IsVendor)
        {
            throw new Common.PermissionDeniedException();
        }

        var team = db.Set<Projects.ProjectPersonLink>().Where(l => l.ProjectId == projectId).Select(l => (Guid?)l.PersonId);
        var rows = await Touching(db, start, end?.AddDays(1)).Where(d => team.Contains(d.PersonId)).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        return [.. rows.Select(d => new TeamDayOff(d, actor.IsManager || d.PersonId == actor.PersonId))];
    }

    /// <summary>A day off touches a period when it ends on or after its first day and starts before its end.</summary>
    private static IQueryable<DayOff> Touching(StudioDbContext db, DateOnly? start, DateOnly? end)
    {
        var query = db.Set<DayOff>().AsNoTracking();
        if (start is { } from)
        {
            query = query.Where(d => d.EndDate >= from);
        }

        if (end is { } to)
        {
            query = query.Where(d => d.Date < to);
        }

        return query;
    }

    private static async Task EnsureReadableAsync(StudioDbContext db, Actor actor, Guid personId, CancellationToken cancellationToken)
    {
        await TimesheetService.EnsureNotBotAsync(db, personId, cancellationToken);
        TimesheetService.EnsureSelfOrAdmin(actor, personId);
    }
}
