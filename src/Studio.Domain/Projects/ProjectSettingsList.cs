namespace Studio.Domain.Projects;

/// <summary>One of a production's settings lists: the rows of the studio it uses (Zou's <c>/settings/…</c> routes).</summary>
public enum ProjectSettingsList
{
    /// <summary>Entity types (asset types) of its breakdown.</summary>
    AssetTypes,

    /// <summary>Task types of its workflow, each with a per-production priority.</summary>
    TaskTypes,

    /// <summary>Task statuses its tasks may take, each with a priority and the roles that see it on the board.</summary>
    TaskStatuses,

    /// <summary>Status automations that run on its tasks (a status change here sets another one there).</summary>
    StatusAutomations,

    /// <summary>Backgrounds its 3D previews may be shown on.</summary>
    PreviewBackgroundFiles,
}
