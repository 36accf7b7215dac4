using Microsoft.EntityFrameworkCore;
using Studio.Domain.Common;
using Studio.Domain.Timesheets;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/day-offs</c>: a person manages their own days off (the admin anyone's). Two days off of one person
/// may not overlap, and the time spent logged inside a day off is removed with the same write.
/// </summary>
public sealed class DayOffsCollection() : RuleCollection<DayOff>("day-offs")
{
    public override Task CheckReadAsync(CrudContext context, DayOff row, CancellationToken cancellationToken) => SelfOrAdmin(context, row.PersonId);

    public override Task CheckCreateAsync(CrudContext context, DayOff row, CrudChanges<DayOff> changes, CancellationToken cancellationToken) => SelfOrAdmin(context, row.PersonId);

    public override async Task CheckUpdateAsync(CrudContext context, DayOff row, CrudChanges<DayOff> changes, CancellationToken cancellationToken)
    {
        await SelfOrAdmin(context, row.PersonId);
        if (changes.Contains("person_id") && !context.Actor.IsAdmin)
        {
            throw new PermissionDeniedException();
        }
    }

    public override Task CheckDeleteAsync(CrudContext context, DayOff row, CancellationToken cancellationToken) => SelfOrAdmin(context, row.PersonId);

    public override Task BeforeCreateAsync(CrudContext context, DayOff row, CrudChanges<DayOff> changes, CancellationToken cancellationToken) => ApplyAsync(context, row, cancellationToken);

    public override Task BeforeUpdateAsync(CrudContext context, DayOff row, CrudChanges<DayOff> changes, CancellationToken cancellationToken) => ApplyAsync(context, row, cancellationToken);

    private static async Task ApplyAsync(CrudContext context, DayOff row, CancellationToken cancellationToken)
    {
        if (row.EndDate == default)
        {
            row.EndDate = row.Date;
        }

        if (row.Date > row.EndDate)
        {
            throw new WrongParameterException("Start date must be before end date.");
        }

        var overlaps = await context.Db.Set<DayOff>().AnyAsync(d => d.Id != row.Id && d.PersonId == row.PersonId && d.Date <= row.EndDate && d.EndDate >= row.Date, cancellationToken);
        if (overlaps)
        {
            throw new WrongParameterException("Day off already exists for this period");
        }

        // ZOU: time logged inside a day off is deleted.
        var logged = await context.Db.Set<TimeSpent>().Where(t => t.PersonId == row.PersonId && t.Date >= row.Date && t.Date <= row.EndDate).ToListAsync(cancellationToken);
        context.Db.RemoveRange(logged);
    }

    private static Task SelfOrAdmin(CrudContext context, Guid? personId) =>
        context.Actor.IsAdmin || personId == context.Actor.PersonId ? Task.CompletedTask : throw new PermissionDeniedException();
}
