using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Persistence;

namespace Studio.Domain.Projects;

/// <summary>
/// What Zou does when a production is created: apply a project template, give a TV show its first episode
/// (E01), and copy the production-level metadata descriptors the studio already uses in its other open projects.
/// All rows are added to the caller's context and saved with the project.
/// </summary>
public static class ProjectSetup
{
    public const string TemplateNotFound = "Project template not found.";

    private static readonly string[] TemplateColumns =
    [
        "fps", "ratio", "resolution", "production_type", "production_style", "max_retakes", "is_clients_isolated",
        "is_preview_download_allowed", "is_set_preview_automated", "is_publish_default_for_artists",
        "is_single_preview_per_revision", "is_frame_in_numbering", "revision_padding", "homepage",
        "hd_bitrate_compression", "ld_bitrate_compression", "file_tree", "data", "default_preview_background_file_id",
    ];

    /// <summary>
    /// Copies a template's settings onto a new project, for every setting and relation the request did not give
    /// itself (<paramref name="given"/>).
    /// </summary>
    public static async Task ApplyTemplateAsync(StudioDbContext db, Project project, Guid templateId, IReadOnlySet<string> given, CancellationToken cancellationToken)
    {
        var template = await db.Set<ProjectTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken)
            ?? throw new WrongParameterException(TemplateNotFound);
        var from = ZouModel.For<ProjectTemplate>().ColumnsByName;
        var to = ZouModel.For<Project>().ColumnsByName;
        foreach (var name in TemplateColumns.Where(n => !given.Contains(n)))
        {
            var value = from[name].Property.GetValue(template);
            to[name].Property.SetValue(project, value is JsonNode node ? node.DeepClone() : value);
        }

        var id = project.Id;
        if (!given.Contains("task_types"))
        {
            db.AddRange(await db.Set<ProjectTemplateTaskTypeLink>().AsNoTracking().Where(l => l.ProjectTemplateId == templateId)
                .Select(l => new ProjectTaskTypeLink { Id = Guid.NewGuid(), ProjectId = id, TaskTypeId = l.TaskTypeId, Priority = l.Priority })
                .ToListAsync(cancellationToken));
        }

        if (!given.Contains("task_statuses"))
        {
            db.AddRange(await db.Set<ProjectTemplateTaskStatusLink>().AsNoTracking().Where(l => l.ProjectTemplateId == templateId)
                .Select(l => new ProjectTaskStatusLink { Id = Guid.NewGuid(), ProjectId = id, TaskStatusId = l.TaskStatusId, Priority = l.Priority, RolesForBoard = l.RolesForBoard })
                .ToListAsync(cancellationToken));
        }

        if (!given.Contains("asset_types"))
        {
            db.AddRange(await db.Set<ProjectTemplateAssetTypeLink>().AsNoTracking().Where(l => l.ProjectTemplateId == templateId)
                .Select(l => new ProjectAssetTypeLink { ProjectId = id, AssetTypeId = l.AssetTypeId }).ToListAsync(cancellationToken));
        }

        if (!given.Contains("status_automations"))
        {
            db.AddRange(await db.Set<ProjectTemplateStatusAutomationLink>().AsNoTracking().Where(l => l.ProjectTemplateId == templateId)
                .Select(l => new ProjectStatusAutomationLink { ProjectId = id, StatusAutomationId = l.StatusAutomationId }).ToListAsync(cancellationToken));
        }

        if (!given.Contains("preview_background_files"))
        {
            db.AddRange(await db.Set<ProjectTemplatePreviewBackgroundFileLink>().AsNoTracking().Where(l => l.ProjectTemplateId == templateId)
                .Select(l => new ProjectPreviewBackgroundFileLink { ProjectId = id, PreviewBackgroundFileId = l.PreviewBackgroundFileId }).ToListAsync(cancellationToken));
        }

        foreach (var descriptor in (template.MetadataDescriptors as JsonArray ?? []).OfType<JsonObject>())
        {
            AddDescriptor(db, id, descriptor);
        }
    }

    /// <summary>ZOU: a new production gets the <c>Project</c>-level descriptors of the other open productions,
    /// one per field name, with their departments.</summary>
    public static async Task CopyProjectDescriptorsAsync(StudioDbContext db, Project project, CancellationToken cancellationToken)
    {
        var open = await new ProjectStatuses(db).OpenAsync(cancellationToken);
        var taken = db.ChangeTracker.Entries<MetadataDescriptor>().Where(e => e.Entity.ProjectId == project.Id).Select(e => e.Entity.FieldName).ToHashSet(StringComparer.Ordinal);
        var sources = await db.Set<MetadataDescriptor>().AsNoTracking()
            .Where(m => m.EntityType == "Project" && m.ProjectId != project.Id && db.Set<Project>().Any(p => p.Id == m.ProjectId && p.ProjectStatusId == open.Id))
            .OrderBy(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
        foreach (var source in sources.DistinctBy(m => m.FieldName).Where(m => !taken.Contains(m.FieldName)))
        {
            var copy = new MetadataDescriptor
            {
                Id = Guid.NewGuid(), ProjectId = project.Id, EntityType = source.EntityType, Name = source.Name, FieldName = source.FieldName,
                DataType = source.DataType, Choices = source.Choices?.DeepClone(), ForClient = source.ForClient, Position = source.Position,
            };
            db.Add(copy);
            db.AddRange(await db.Set<DepartmentMetadataDescriptorLink>().AsNoTracking().Where(l => l.MetadataDescriptorId == source.Id)
                .Select(l => new DepartmentMetadataDescriptorLink { MetadataDescriptorId = copy.Id, DepartmentId = l.DepartmentId }).ToListAsync(cancellationToken));
        }
    }

    /// <summary>ZOU: a TV show always has an episode; E01 is created with the project (or when it becomes one).</summary>
    public static async Task EnsureFirstEpisodeAsync(StudioDbContext db, Project project, Guid? createdBy, CancellationToken cancellationToken)
    {
        if (project.ProductionType != "tvshow")
        {
            return;
        }

        var episodeType = await EntityKinds.TypeAsync(db, "Episode", cancellationToken);
        if (await db.Set<Entity>().AnyAsync(e => e.ProjectId == project.Id && e.EntityTypeId == episodeType.Id, cancellationToken))
        {
            return;
        }

        db.Add(new Entity { Id = Guid.NewGuid(), Name = "E01", ProjectId = project.Id, EntityTypeId = episodeType.Id, CreatedBy = createdBy });
    }

    /// <summary>The first episode of a TV show (by creation), for the <c>first_episode_id</c> of the response.</summary>
    public static async Task<Guid?> FirstEpisodeIdAsync(StudioDbContext db, Project project, CancellationToken cancellationToken)
    {
        var episodeType = await EntityKinds.TypeAsync(db, "Episode", cancellationToken);
        return await db.Set<Entity>().Where(e => e.ProjectId == project.Id && e.EntityTypeId == episodeType.Id)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Name).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static void AddDescriptor(StudioDbContext db, Guid projectId, JsonObject descriptor)
    {
        var name = Text(descriptor["name"]);
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        db.Add(new MetadataDescriptor
        {
            Id = Guid.NewGuid(),
            ProjectId = projectId,
            Name = name,
            FieldName = Text(descriptor["field_name"]) ?? name.ToLowerInvariant().Replace(' ', '_'),
            EntityType = Text(descriptor["entity_type"]) ?? "Asset",
            DataType = Text(descriptor["data_type"]) ?? "string",
            Choices = descriptor["choices"]?.DeepClone() ?? new JsonArray(),
            ForClient = descriptor["for_client"] is JsonValue v && v.GetValueKind() == JsonValueKind.True,
        });
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
