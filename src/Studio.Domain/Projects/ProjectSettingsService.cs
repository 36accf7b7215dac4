using System.Text.Json.Nodes;
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
    public async Task<JsonArray> BackgroundsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        var rows = await db.Set<PreviewBackgroundFile>().AsNoTracking()
            .Where(b => db.Set<ProjectPreviewBackgroundFileLink>().Any(l => l.ProjectId == projectId && l.PreviewBackgroundFileId == b.Id))
            .OrderBy(b => b.Name).ToListAsync(cancellationToken);
        return [.. rows.Select(b => (JsonNode?)ZouSerializer.Serialize(b))];
    }

    /// <summary>Adds a background to the production's list (project managers); returns the production.</summary>
    public async Task<JsonObject> AddBackgroundAsync(Actor actor, Guid projectId, Guid backgroundId, CancellationToken cancellationToken)
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

    public async Task<JsonObject> RemoveBackgroundAsync(Actor actor, Guid projectId, Guid backgroundId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await db.Set<Project>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken) ?? throw new NotFoundException();
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        var link = await db.Set<ProjectPreviewBackgroundFileLink>().FirstOrDefaultAsync(l => l.ProjectId == projectId && l.PreviewBackgroundFileId == backgroundId, cancellationToken)
            ?? throw new NotFoundException();
        db.Remove(link);
        return await SaveAsync(db, actor, project, cancellationToken);
    }

    private async Task<JsonObject> SaveAsync(StudioDbContext db, Actor actor, Project project, CancellationToken cancellationToken)
    {
        var e = EventPublisher.Stage(db, "project:update", new EventData { ["project_id"] = project.Id.ToString() }, project.Id, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        var links = await CrudRelations.LoadAsync(db, ZouModel.For<Project>(), [project.Id], cancellationToken);
        return ZouSerializer.Serialize(project, links[project.Id]);
    }
}
