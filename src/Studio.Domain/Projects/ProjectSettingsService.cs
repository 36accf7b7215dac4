using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Projects;

/// <summary>A production's settings lists (Zou's <c>/settings/…</c> routes): here, its preview backgrounds.</summary>
public sealed class ProjectSettingsService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>The preview backgrounds of a production, by name, for its team.</summary>
    public async Task<IReadOnlyList<PreviewBackgroundFile>> BackgroundsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        return await db.Set<PreviewBackgroundFile>().AsNoTracking()
            .Where(b => db.Set<ProjectPreviewBackgroundFileLink>().Any(l => l.ProjectId == projectId && l.PreviewBackgroundFileId == b.Id))
            .OrderBy(b => b.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a background to the production's list (project managers); returns the production.</summary>
    public async Task<ProjectWithLinks> AddBackgroundAsync(Actor actor, Guid projectId, Guid backgroundId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await db.Set<Project>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken) ?? throw new NotFoundException();
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        if (!await db.Set<PreviewBackgroundFile>().AnyAsync(b => b.Id == backgroundId, cancellationToken))
        {
            throw new WrongParameterException("Preview background file not found.");
        }

        if (!await db.Set<ProjectPreviewBackgroundFileLink>().AnyAsync(l => l.ProjectId == projectId && l.PreviewBackgroundFileId == backgroundId, cancellationToken))
        {
            db.Add(new ProjectPreviewBackgroundFileLink { ProjectId = projectId, PreviewBackgroundFileId = backgroundId });
        }

        return await SaveAsync(db, actor, project, cancellationToken);
    }

    /// <summary>Removes a background from the production's list (project managers); returns the production.</summary>
    public async Task<ProjectWithLinks> RemoveBackgroundAsync(Actor actor, Guid projectId, Guid backgroundId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await db.Set<Project>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken) ?? throw new NotFoundException();
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var link = await db.Set<ProjectPreviewBackgroundFileLink>().FirstOrDefaultAsync(l => l.ProjectId == projectId && l.PreviewBackgroundFileId == backgroundId, cancellationToken)
            ?? throw new NotFoundException();
        db.Remove(link);
        return await SaveAsync(db, actor, project, cancellationToken);
    }

    private async Task<ProjectWithLinks> SaveAsync(StudioDbContext db, Actor actor, Project project, CancellationToken cancellationToken)
    {
        var e = EventPublisher.Stage(db, "project:update", new EventData { ["project_id"] = project.Id.ToString() }, project.Id, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<Project>(), [project.Id], cancellationToken);
        return new ProjectWithLinks(project, links[project.Id]);
    }
}
