using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>A production (Zou's <c>project</c>). <c>fps</c> is a string, as in Zou.</summary>
[Relation("team", typeof(ProjectPersonLink), nameof(ProjectPersonLink.ProjectId), nameof(ProjectPersonLink.PersonId), After = "from_schedule_version_id")]
[Relation("asset_types", typeof(ProjectAssetTypeLink), nameof(ProjectAssetTypeLink.ProjectId), nameof(ProjectAssetTypeLink.AssetTypeId), After = "from_schedule_version_id")]
[Relation("task_statuses", typeof(ProjectTaskStatusLink), nameof(ProjectTaskStatusLink.ProjectId), nameof(ProjectTaskStatusLink.TaskStatusId), After = "from_schedule_version_id")]
[Relation("task_types", typeof(ProjectTaskTypeLink), nameof(ProjectTaskTypeLink.ProjectId), nameof(ProjectTaskTypeLink.TaskTypeId), After = "from_schedule_version_id")]
[Relation("status_automations", typeof(ProjectStatusAutomationLink), nameof(ProjectStatusAutomationLink.ProjectId), nameof(ProjectStatusAutomationLink.StatusAutomationId), After = "from_schedule_version_id")]
[Relation("preview_background_files", typeof(ProjectPreviewBackgroundFileLink), nameof(ProjectPreviewBackgroundFileLink.ProjectId), nameof(ProjectPreviewBackgroundFileLink.PreviewBackgroundFileId), After = "from_schedule_version_id")]
public class Project : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public string? Code { get; set; }

    public string? Description { get; set; }

    public int? ShotgunId { get; set; }

    public JsonNode? FileTree { get; set; }

    public JsonNode? Data { get; set; }

    public bool HasAvatar { get; set; }

    public string? Fps { get; set; } = "25";

    public string? Ratio { get; set; } = "16:9";

    public string? Resolution { get; set; } = "1920x1080";

    public string? ProductionType { get; set; } = "short";

    public string ProductionStyle { get; set; } = "2d3d";

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public int? ManDays { get; set; }

    public int? NbEpisodes { get; set; } = 0;

    public int? EpisodeSpan { get; set; } = 0;

    public int? MaxRetakes { get; set; } = 0;

    public bool IsClientsIsolated { get; set; }

    public bool IsPreviewDownloadAllowed { get; set; }

    public bool IsSetPreviewAutomated { get; set; }

    public string? Homepage { get; set; } = "assets";

    public bool IsPublishDefaultForArtists { get; set; }

    public bool IsBotCollaborationEnabled { get; set; }

    public bool IsSinglePreviewPerRevision { get; set; }

    public bool IsFrameInNumbering { get; set; }

    public int RevisionPadding { get; set; }

    public int? HdBitrateCompression { get; set; } = 28;

    public int? LdBitrateCompression { get; set; } = 6;

    public Guid? ProjectStatusId { get; set; }

    public Guid? DefaultPreviewBackgroundFileId { get; set; }

    public Guid? FromScheduleVersionId { get; set; }
}
