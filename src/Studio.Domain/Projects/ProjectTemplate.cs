using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Projects;

/// <summary>Reusable production settings and workflow (task types, statuses, asset types…) to create projects from.</summary>
[Relation("task_types", typeof(ProjectTemplateTaskTypeLink), nameof(ProjectTemplateTaskTypeLink.ProjectTemplateId), nameof(ProjectTemplateTaskTypeLink.TaskTypeId), After = "default_preview_background_file_id")]
[Relation("task_statuses", typeof(ProjectTemplateTaskStatusLink), nameof(ProjectTemplateTaskStatusLink.ProjectTemplateId), nameof(ProjectTemplateTaskStatusLink.TaskStatusId), After = "default_preview_background_file_id")]
[Relation("asset_types", typeof(ProjectTemplateAssetTypeLink), nameof(ProjectTemplateAssetTypeLink.ProjectTemplateId), nameof(ProjectTemplateAssetTypeLink.AssetTypeId), After = "default_preview_background_file_id")]
[Relation("status_automations", typeof(ProjectTemplateStatusAutomationLink), nameof(ProjectTemplateStatusAutomationLink.ProjectTemplateId), nameof(ProjectTemplateStatusAutomationLink.StatusAutomationId), After = "default_preview_background_file_id")]
[Relation("preview_background_files", typeof(ProjectTemplatePreviewBackgroundFileLink), nameof(ProjectTemplatePreviewBackgroundFileLink.ProjectTemplateId), nameof(ProjectTemplatePreviewBackgroundFileLink.PreviewBackgroundFileId), After = "default_preview_background_file_id")]
public class ProjectTemplate : ZouEntity
{
    [ZouRequired]
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Fps { get; set; } = "25";

    public string? Ratio { get; set; } = "16:9";

    public string? Resolution { get; set; } = "1920x1080";

    public string? ProductionType { get; set; } = "short";

    public string ProductionStyle { get; set; } = "2d3d";

    public int? MaxRetakes { get; set; } = 0;

    public bool IsClientsIsolated { get; set; }

    public bool IsPreviewDownloadAllowed { get; set; }

    public bool IsSetPreviewAutomated { get; set; }

    public bool IsPublishDefaultForArtists { get; set; }

    public bool IsSinglePreviewPerRevision { get; set; }

    public bool IsFrameInNumbering { get; set; }

    public int RevisionPadding { get; set; }

    public string? Homepage { get; set; } = "assets";

    public int? HdBitrateCompression { get; set; } = 28;

    public int? LdBitrateCompression { get; set; } = 6;

    public JsonNode? FileTree { get; set; }

    public JsonNode? Data { get; set; }

    public JsonNode? MetadataDescriptors { get; set; } = new JsonArray();

    public Guid? DefaultPreviewBackgroundFileId { get; set; }
}
