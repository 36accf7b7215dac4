using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Projects;

/// <summary>
/// A production's settings lists (Zou's <c>/settings/…</c> routes, and the UI's settings page): the asset types, task
/// types, task statuses, status automations and preview backgrounds it uses. Team members read the lists, except the
/// status automations, which like every change are for the production's managers. A change saves the production,
/// which touches its <c>updated_at</c>, and announces it as <c>project:update</c>.
/// </summary>
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

    /// <summary>The task statuses of a production, in the order they were added to it, for its team.</summary>
    public async Task<IReadOnlyList<ProductionTaskStatus>> TaskStatusesAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureMemberAsync(projectId, cancellationToken);
        return await db.Set<ProjectTaskStatusLink>().AsNoTracking().Where(l => l.ProjectId == projectId)
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id)
            .Join(db.Set<ProductionTaskStatus>(), l => l.TaskStatusId, s => s.Id, (_, s) => s)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The status automations of a production, oldest first. ZOU: even reading them is for its managers.</summary>
    public async Task<IReadOnlyList<StatusAutomation>> StatusAutomationsAsync(Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await BreakdownService.EnsureProjectAsync(db, projectId, cancellationToken);
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        return await db.Set<StatusAutomation>().AsNoTracking()
            .Where(a => db.Set<ProjectStatusAutomationLink>().Any(l => l.ProjectId == projectId && l.StatusAutomationId == a.Id))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Adds a task type to the production with <paramref name="priority"/>. A task type it already has keeps its
    /// priority; ZOU: the production is saved and announced all the same.
    /// </summary>
    public async Task<Project> AddTaskTypeAsync(Actor actor, Guid projectId, Guid taskTypeId, int? priority, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await ManagedProjectAsync(db, actor, projectId, cancellationToken);
        // ZOU: Zou leaves an unknown task type to the database, which refuses it with a server error; it is refused
        // here in the words of the other settings routes.
        await EnsureExistsAsync(db, ProjectSettingsList.TaskTypes, taskTypeId, cancellationToken);
        if (!(await ProjectSettingLinks.LinkedAsync(db, ProjectSettingsList.TaskTypes, projectId, cancellationToken)).Contains(taskTypeId))
        {
            ProjectSettingLinks.Add(db, ProjectSettingsList.TaskTypes, projectId, taskTypeId, priority);
        }

        return await SaveAsync(db, actor, project, cancellationToken);
    }

    /// <summary>
    /// Adds a row to one of the production's lists (a task type gets no priority). ZOU: adding what the list already
    /// holds changes nothing, so the production is neither saved nor announced.
    /// </summary>
    public async Task<Project> AddAsync(Actor actor, Guid projectId, ProjectSettingsList list, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await ManagedProjectAsync(db, actor, projectId, cancellationToken);
        await EnsureExistsAsync(db, list, id, cancellationToken);
        if ((await ProjectSettingLinks.LinkedAsync(db, list, projectId, cancellationToken)).Contains(id))
        {
            return project;
        }

        ProjectSettingLinks.Add(db, list, projectId, id);
        return await SaveAsync(db, actor, project, cancellationToken);
    }

    /// <summary>Takes a row off one of the production's lists. ZOU: a row it does not hold, or no row at all, is no error, and the production is saved and announced.</summary>
    public async Task<Project> RemoveAsync(Actor actor, Guid projectId, ProjectSettingsList list, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await ManagedProjectAsync(db, actor, projectId, cancellationToken);
        await ProjectSettingLinks.RemoveAsync(db, list, projectId, [id], cancellationToken);
        return await SaveAsync(db, actor, project, cancellationToken);
    }

    /// <summary>
    /// Zou's settings batch: adds the task types (a given priority replaces the one a task type already has), task
    /// statuses and asset types, skipping unknown ids; with <see cref="ProjectSettingsBatch.ReplaceTaskTypes"/> the
    /// task types not listed are taken off. One save and one announcement for the whole batch.
    /// </summary>
    public async Task<Project> BatchAsync(Actor actor, Guid projectId, ProjectSettingsBatch batch, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await ManagedProjectAsync(db, actor, projectId, cancellationToken);

        // A task type listed twice takes the priority of its last mention.
        var wanted = new Dictionary<Guid, int?>();
        foreach (var setting in batch.TaskTypes)
        {
            wanted[setting.TaskTypeId] = setting.Priority;
        }

        var links = await db.Set<ProjectTaskTypeLink>().Where(l => l.ProjectId == projectId).ToDictionaryAsync(l => l.TaskTypeId, cancellationToken);
        var known = await ProjectSettingLinks.ExistingAsync(db, ProjectSettingsList.TaskTypes, wanted.Keys, cancellationToken);
        foreach (var (taskTypeId, priority) in wanted)
        {
            if (!links.TryGetValue(taskTypeId, out var link))
            {
                if (known.Contains(taskTypeId))
                {
                    ProjectSettingLinks.Add(db, ProjectSettingsList.TaskTypes, projectId, taskTypeId, priority);
                }
            }
            else if (priority is not null)
            {
                link.Priority = priority;
            }
        }

        if (batch.ReplaceTaskTypes)
        {
            db.RemoveRange(links.Values.Where(l => !wanted.ContainsKey(l.TaskTypeId)));
        }

        await AddMissingAsync(db, ProjectSettingsList.TaskStatuses, projectId, batch.TaskStatusIds, cancellationToken);
        await AddMissingAsync(db, ProjectSettingsList.AssetTypes, projectId, batch.AssetTypeIds, cancellationToken);
        return await SaveAsync(db, actor, project, cancellationToken);
    }

    /// <summary>
    /// Makes one of the production's lists exactly <paramref name="ids"/> (the settings page's save): what is missing
    /// is added as <see cref="AddAsync"/> adds it, unknown ids skipped; what is not wanted is taken off as
    /// <see cref="RemoveAsync"/> does; what stays keeps its priority and board roles. One save and one announcement.
    /// </summary>
    public async Task<Project> ReplaceAsync(Actor actor, Guid projectId, ProjectSettingsList list, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var project = await ManagedProjectAsync(db, actor, projectId, cancellationToken);
        var linked = await ProjectSettingLinks.LinkedAsync(db, list, projectId, cancellationToken);
        await ProjectSettingLinks.RemoveAsync(db, list, projectId, [.. linked.Except(ids)], cancellationToken);
        await AddMissingAsync(db, list, projectId, ids, cancellationToken);
        return await SaveAsync(db, actor, project, cancellationToken);
    }

    /// <summary>The production, tracked so that saving touches it; 404 when unknown, then 403 unless the caller manages it.</summary>
    private static async Task<Project> ManagedProjectAsync(StudioDbContext db, Actor actor, Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Set<Project>().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken) ?? throw new NotFoundException();
        await new ProjectAccess(db, actor).EnsureManagerAsync(projectId, cancellationToken);
        return project;
    }

    private static async Task EnsureExistsAsync(StudioDbContext db, ProjectSettingsList list, Guid id, CancellationToken cancellationToken)
    {
        if (!(await ProjectSettingLinks.ExistingAsync(db, list, [id], cancellationToken)).Contains(id))
        {
            throw new WrongParameterException($"{ProjectSettingLinks.ModelName(list)} with id {id} not found");
        }
    }

    /// <summary>Adds those of <paramref name="ids"/> that exist and that the list does not hold yet.</summary>
    private static async Task AddMissingAsync(StudioDbContext db, ProjectSettingsList list, Guid projectId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var linked = await ProjectSettingLinks.LinkedAsync(db, list, projectId, cancellationToken);
        var missing = ids.Distinct().Where(id => !linked.Contains(id)).ToList();
        var known = await ProjectSettingLinks.ExistingAsync(db, list, missing, cancellationToken);
        foreach (var id in missing.Where(known.Contains))
        {
            ProjectSettingLinks.Add(db, list, projectId, id);
        }
    }

    /// <summary>Saves the change with the production's new <c>updated_at</c> and its <c>project:update</c> event, then publishes the event.</summary>
    private async Task<Project> SaveAsync(StudioDbContext db, Actor actor, Project project, CancellationToken cancellationToken)
    {
        db.Entry(project).Property(p => p.UpdatedAt).IsModified = true;
        var e = EventPublisher.Stage(db, "project:update", new EventData { ["project_id"] = project.Id.ToString() }, project.Id, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
        return project;
    }
}
