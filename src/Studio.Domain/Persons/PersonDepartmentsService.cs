using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Persons;

/// <summary>An administrator puts a person in a department or takes them out of one.</summary>
public sealed class PersonDepartmentsService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>Puts the person in the department (nothing changes when they are already in it); returns them with their departments.</summary>
    public Task<PersonDetail> AddAsync(Actor actor, Guid personId, Guid departmentId, CancellationToken cancellationToken) =>
        ChangeAsync(actor, personId, departmentId, add: true, cancellationToken);

    /// <summary>Takes the person out of the department (nothing changes when they are not in it).</summary>
    public Task<PersonDetail> RemoveAsync(Actor actor, Guid personId, Guid departmentId, CancellationToken cancellationToken) =>
        ChangeAsync(actor, personId, departmentId, add: false, cancellationToken);

    private async Task<PersonDetail> ChangeAsync(Actor actor, Guid personId, Guid departmentId, bool add, CancellationToken cancellationToken)
    {
        ProjectAccess.EnsureAdmin(actor);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Department>().AnyAsync(d => d.Id == departmentId, cancellationToken))
        {
            throw new WrongParameterException("Department ID matches no department");
        }

        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) ?? throw new NotFoundException();
        var link = await db.Set<DepartmentLink>().FirstOrDefaultAsync(l => l.PersonId == personId && l.DepartmentId == departmentId, cancellationToken);
        if (add && link is null)
        {
            db.Add(new DepartmentLink { PersonId = personId, DepartmentId = departmentId });
        }
        else if (!add && link is not null)
        {
            db.Remove(link);
        }

        person.UpdatedAt = DateTime.UtcNow;
        var staged = EventPublisher.Stage(db, "person:update", new EventData { ["person_id"] = personId.ToString() }, null, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([staged]);
        var departments = await db.Set<DepartmentLink>().AsNoTracking().Where(l => l.PersonId == personId).Select(l => l.DepartmentId).ToListAsync(cancellationToken);
        return new PersonDetail(person, departments);
    }
}
