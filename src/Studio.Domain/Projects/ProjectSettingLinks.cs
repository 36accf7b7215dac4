using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;
using Studio.Domain.Settings;

namespace Studio.Domain.Projects;

/// <summary>
/// Reads and changes the link rows behind a production's settings lists, in the caller's context (saved by the
/// caller). A new link starts with no priority, and a task status link with the default board roles; a link that
/// stays keeps its priority and board roles.
/// </summary>
internal static class ProjectSettingLinks
{
    /// <summary>ZOU: the model's class name, as Zou names it in "&lt;Model&gt; with id &lt;id&gt; not found".</summary>
    public static string ModelName(ProjectSettingsList list) => list switch
    {
        ProjectSettingsList.AssetTypes => "EntityType",
        ProjectSettingsList.TaskTypes => "TaskType",
        ProjectSettingsList.TaskStatuses => "TaskStatus",
        ProjectSettingsList.StatusAutomations => "StatusAutomation",
        ProjectSettingsList.PreviewBackgroundFiles => "PreviewBackgroundFile",
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };

    /// <summary>Those of <paramref name="ids"/> that name a row of the list's kind.</summary>
    public static async Task<HashSet<Guid>> ExistingAsync(StudioDbContext db, ProjectSettingsList list, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var found = list switch
        {
            ProjectSettingsList.AssetTypes => db.Set<EntityType>().Where(r => wanted.Contains(r.Id)).Select(r => r.Id),
            ProjectSettingsList.TaskTypes => db.Set<TaskType>().Where(r => wanted.Contains(r.Id)).Select(r => r.Id),
            ProjectSettingsList.TaskStatuses => db.Set<ProductionTaskStatus>().Where(r => wanted.Contains(r.Id)).Select(r => r.Id),
            ProjectSettingsList.StatusAutomations => db.Set<StatusAutomation>().Where(r => wanted.Contains(r.Id)).Select(r => r.Id),
            ProjectSettingsList.PreviewBackgroundFiles => db.Set<PreviewBackgroundFile>().Where(r => wanted.Contains(r.Id)).Select(r => r.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };
        return [.. await found.ToListAsync(cancellationToken)];
    }

    /// <summary>The ids the production's list holds.</summary>
    public static async Task<HashSet<Guid>> LinkedAsync(StudioDbContext db, ProjectSettingsList list, Guid projectId, CancellationToken cancellationToken)
    {
        var linked = list switch
        {
            ProjectSettingsList.AssetTypes => db.Set<ProjectAssetTypeLink>().Where(l => l.ProjectId == projectId).Select(l => l.AssetTypeId),
            ProjectSettingsList.TaskTypes => db.Set<ProjectTaskTypeLink>().Where(l => l.ProjectId == projectId).Select(l => l.TaskTypeId),
            ProjectSettingsList.TaskStatuses => db.Set<ProjectTaskStatusLink>().Where(l => l.ProjectId == projectId).Select(l => l.TaskStatusId),
            ProjectSettingsList.StatusAutomations => db.Set<ProjectStatusAutomationLink>().Where(l => l.ProjectId == projectId).Select(l => l.StatusAutomationId),
            ProjectSettingsList.PreviewBackgroundFiles => db.Set<ProjectPreviewBackgroundFileLink>().Where(l => l.ProjectId == projectId).Select(l => l.PreviewBackgroundFileId),
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };
        return [.. await linked.ToListAsync(cancellationToken)];
    }

    /// <summary>Links <paramref name="id"/> to the production; <paramref name="priority"/> only means something for task types.</summary>
    public static void Add(StudioDbContext db, ProjectSettingsList list, Guid projectId, Guid id, int? priority = null)
    {
        object link = list switch
        {
            ProjectSettingsList.AssetTypes => new ProjectAssetTypeLink { ProjectId = projectId, AssetTypeId = id },
            ProjectSettingsList.TaskTypes => new ProjectTaskTypeLink { ProjectId = projectId, TaskTypeId = id, Priority = priority },
            ProjectSettingsList.TaskStatuses => new ProjectTaskStatusLink { ProjectId = projectId, TaskStatusId = id },
            ProjectSettingsList.StatusAutomations => new ProjectStatusAutomationLink { ProjectId = projectId, StatusAutomationId = id },
            ProjectSettingsList.PreviewBackgroundFiles => new ProjectPreviewBackgroundFileLink { ProjectId = projectId, PreviewBackgroundFileId = id },
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };
        db.Add(link);
    }

    /// <summary>Takes <paramref name="ids"/> off the production's list; ids it does not hold are ignored.</summary>
    public static async Task RemoveAsync(StudioDbContext db, ProjectSettingsList list, Guid projectId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var gone = ids.Distinct().ToList();
        if (gone.Count == 0)
        {
            return;
        }

        IEnumerable<object> links = list switch
        {
            ProjectSettingsList.AssetTypes =>
                await db.Set<ProjectAssetTypeLink>().Where(l => l.ProjectId == projectId && gone.Contains(l.AssetTypeId)).ToListAsync(cancellationToken),
            ProjectSettingsList.TaskTypes =>
                await db.Set<ProjectTaskTypeLink>().Where(l => l.ProjectId == projectId && gone.Contains(l.TaskTypeId)).ToListAsync(cancellationToken),
            ProjectSettingsList.TaskStatuses =>
                await db.Set<ProjectTaskStatusLink>().Where(l => l.ProjectId == projectId && gone.Contains(l.TaskStatusId)).ToListAsync(cancellationToken),
            ProjectSettingsList.StatusAutomations =>
                await db.Set<ProjectStatusAutomationLink>().Where(l => l.ProjectId == projectId && gone.Contains(l.StatusAutomationId)).ToListAsync(cancellationToken),
            ProjectSettingsList.PreviewBackgroundFiles =>
                await db.Set<ProjectPreviewBackgroundFileLink>().Where(l => l.ProjectId == projectId && gone.Contains(l.PreviewBackgroundFileId)).ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };
        db.RemoveRange(links);
    }
}
