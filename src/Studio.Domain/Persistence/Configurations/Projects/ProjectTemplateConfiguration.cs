using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectTemplateConfiguration : IEntityTypeConfiguration<ProjectTemplate>
{
    public void Configure(EntityTypeBuilder<ProjectTemplate> builder)
    {
        builder.ToTable("project_template");
        builder.Property(p => p.Name).HasMaxLength(80);
        builder.Property(p => p.Fps).HasMaxLength(10);
        builder.Property(p => p.Ratio).HasMaxLength(10);
        builder.Property(p => p.Resolution).HasMaxLength(12);
        builder.Property(p => p.ProductionType).HasMaxLength(20);
        builder.Property(p => p.ProductionStyle).HasMaxLength(20);
        builder.Property(p => p.Homepage).HasMaxLength(80);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasIndex(p => p.DefaultPreviewBackgroundFileId);
        builder.HasOne<PreviewBackgroundFile>().WithMany().HasForeignKey(p => p.DefaultPreviewBackgroundFileId);
    }
}
