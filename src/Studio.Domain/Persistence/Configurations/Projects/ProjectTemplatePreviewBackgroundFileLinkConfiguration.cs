using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectTemplatePreviewBackgroundFileLinkConfiguration : IEntityTypeConfiguration<ProjectTemplatePreviewBackgroundFileLink>
{
    public void Configure(EntityTypeBuilder<ProjectTemplatePreviewBackgroundFileLink> builder)
    {
        builder.ToTable("project_template_preview_background_file_link");
        builder.HasKey(l => new { l.ProjectTemplateId, l.PreviewBackgroundFileId });
        builder.HasOne<ProjectTemplate>().WithMany().HasForeignKey(l => l.ProjectTemplateId);
        builder.HasOne<PreviewBackgroundFile>().WithMany().HasForeignKey(l => l.PreviewBackgroundFileId);
    }
}
