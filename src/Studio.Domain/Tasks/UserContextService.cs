using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Tasks;

/// <summary>
/// ZOU <c>GET /data/user/context</c>: everything the client loads at sign-in, in one payload, scoped to the caller
/// (their open productions, people in full only for a manager). The asset types and the saved searches it also
/// carries are read by the breakdown and the saved-search services.
/// </summary>
public sealed class UserContextService(IDbContextFactory<StudioDbContext> factory, IOptions<StudioOptions> options)
{
    public async Task<UserContext> ContextAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var me = actor.PersonId;
        return new UserContext(
            await AllAsync<CustomAction>(db, cancellationToken),
            await AllAsync<StatusAutomation>(db, cancellationToken),
            await AllAsync<Department>(db, cancellationToken),
            await AllAsync<ProductionStudio>(db, cancellationToken),
            await db.Set<Notification>().CountAsync(n => n.PersonId == me && !n.Read, cancellationToken),
            await PersonsAsync(db, cancellationToken),
            FullPersons: actor.IsManager,
            await AllAsync<ProjectStatus>(db, cancellationToken),
            await db.Set<ProjectPersonLink>().AsNoTracking().Where(l => l.PersonId == me && l.Role != null).ToListAsync(cancellationToken),
            await ProjectsAsync(db, actor, cancellationToken),
            await AllAsync<TaskType>(db, cancellationToken),
            await AllAsync<ProductionTaskStatus>(db, cancellationToken),
            await AllAsync<PreviewBackgroundFile>(db, cancellationToken),
            await AllAsync<Plugins.Plugin>(db, cancellationToken),
            actor.IsAdmin ? options.Value.UserLimit : null);
    }

    private static Task<List<T>> AllAsync<T>(StudioDbContext db, CancellationToken cancellationToken)
        where T : class, IZouEntity =>
        db.Set<T>().AsNoTracking().OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Every person with their departments.</summary>
    private static async Task<List<PersonWithDepartments>> PersonsAsync(StudioDbContext db, CancellationToken cancellationToken)
    {
        var persons = await db.Set<Person>().AsNoTracking().OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var departments = (await db.Set<DepartmentLink>().AsNoTracking().ToListAsync(cancellationToken)).ToLookup(l => l.PersonId, l => l.DepartmentId);
        return [.. persons.Select(p => new PersonWithDepartments(p, [.. departments[p.Id]]))];
    }

    /// <summary>
    /// ZOU <c>get_open_projects</c>: the caller's open productions (all of them for an admin) with their relations,
    /// metadata descriptors (a client's: those shown to clients), task type priorities and task status links.
    /// </summary>
    private static async Task<List<OpenProject>> ProjectsAsync(StudioDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var open = db.Set<Project>().AsNoTracking().Where(p => db.Set<ProjectStatus>().Any(s => s.Id == p.ProjectStatusId && s.Name == ProjectStatusNames.Open));
        if (!actor.IsAdmin)
        {
            var team = (await new ProjectAccess(db, actor).TeamProjectIdsAsync(cancellationToken)).OfType<Guid>().ToList();
            open = open.Where(p => team.Contains(p.Id));
        }

        var projects = await open.OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var ids = projects.Select(p => p.Id).ToList();
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<Project>(), ids, cancellationToken);
        var descriptors = (await db.Set<MetadataDescriptor>().AsNoTracking().Where(d => ids.Contains(d.ProjectId)).OrderBy(d => d.Position).ThenBy(d => d.Name)
            .Select(d => new { Descriptor = d, Departments = db.Set<DepartmentMetadataDescriptorLink>().Where(l => l.MetadataDescriptorId == d.Id).Select(l => l.DepartmentId).ToList() })
            .ToListAsync(cancellationToken)).Where(d => !actor.IsClient || d.Descriptor.ForClient).ToLookup(d => d.Descriptor.ProjectId);
        var priorities = (await db.Set<ProjectTaskTypeLink>().AsNoTracking().Where(l => ids.Contains(l.ProjectId)).ToListAsync(cancellationToken)).ToLookup(l => l.ProjectId);
        var statuses = (await db.Set<ProjectTaskStatusLink>().AsNoTracking().Where(l => ids.Contains(l.ProjectId)).ToListAsync(cancellationToken)).ToLookup(l => l.ProjectId);
        return [.. projects.Select(p => new OpenProject(
            p,
            links[p.Id],
            [.. descriptors[p.Id].Select(d => new DescriptorWithDepartments(d.Descriptor, d.Departments))],
            [.. priorities[p.Id]],
            [.. statuses[p.Id]]))];
    }
}
