using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectPreviewBackgroundFileLinkConfiguration : IEntityTypeConfiguration<ProjectPreviewBackgroundFileLink>
{
    public void Configure(EntityTypeBuilder<ProjectPreviewBackgroundFileLink> builder)
    {
        builder.ToTable("project_preview_background_file_link");
        builder.HasKey(l => new { l.ProjectId, l.PreviewBackgroundFileId });
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId);
        builder.HasOne<PreviewBackgroundFile>().WithMany().HasForeignKey(l => l.PreviewBackgroundFileId);
    }
}
