using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;

namespace Studio.Domain.Projects;

/// <summary>A production's team: members read it, project managers add and remove people.</summary>
public sealed class ProjectTeamService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>The caller's role in a production (the team role, else the global one; null outside the team).</summary>
    public async Task<string?> EffectiveRoleAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await new ProjectAccess(db, actor).EffectiveRoleAsync(projectId, cancellationToken);
    }

    /// <summary>What the caller may do in a production (the UI shows controls by it; the services enforce the same rules).</summary>
    public async Task<ProjectPermissions> PermissionsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken) =>
        new(await EffectiveRoleAsync(actor, projectId, cancellationToken));

    /// <summary>The team by first and last name; ZOU: only the production's managers see more than the members' minimal view.</summary>
    public async Task<ProjectTeam> ListAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureProjectAsync(db, projectId, cancellationToken);
        var access = new ProjectAccess(db, actor);
        await access.EnsureMemberAsync(projectId, cancellationToken);
        var manager = await access.EffectiveRoleAsync(projectId, cancellationToken) is Roles.Admin or Roles.Manager;
        var people = await db.Set<Person>().AsNoTracking()
            .Where(p => db.Set<ProjectPersonLink>().Any(l => l.ProjectId == projectId && l.PersonId == p.Id))
            .OrderBy(p => p.FirstName).ThenBy(p => p.LastName).ToListAsync(cancellationToken);
        return new ProjectTeam(people, MinimalView: !manager);
    }

    /// <summary>Adds a person to the team (no-op when already in it); returns the production with its team.</summary>
    public async Task<ProjectWithTeam> AddAsync(Actor actor, Guid projectId, Guid personId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw new WrongParameterException("Person not found.");
        }

        if (!await db.Set<ProjectPersonLink>().AnyAsync(l => l.ProjectId == projectId && l.PersonId == personId, cancellationToken))
        {
            db.Add(new ProjectPersonLink { ProjectId = projectId, PersonId = personId });
        }

        var e = EventPublisher.Stage(db, "project:update", new EventData { ["project_id"] = projectId.ToString() }, projectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        var team = await db.Set<ProjectPersonLink>().Where(l => l.ProjectId == projectId).Select(l => l.PersonId).ToListAsync(cancellationToken);
        return new ProjectWithTeam(project, team);
    }

    public async Task RemoveAsync(Actor actor, Guid projectId, Guid personId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var link = await db.Set<ProjectPersonLink>().FirstOrDefaultAsync(l => l.ProjectId == projectId && l.PersonId == personId, cancellationToken)
            ?? throw new NotFoundException();
        db.Remove(link);
        var e = EventPublisher.Stage(db, "project:update", new EventData { ["project_id"] = projectId.ToString() }, projectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    private static async Task<Project> EnsureProjectAsync(StudioDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<Project>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken) ?? throw new NotFoundException();
}
