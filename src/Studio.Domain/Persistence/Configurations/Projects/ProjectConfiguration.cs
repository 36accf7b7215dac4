using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Planning;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("project");
        builder.Property(p => p.Name).HasMaxLength(80);
        builder.Property(p => p.Code).HasMaxLength(80);
        builder.Property(p => p.Fps).HasMaxLength(10);
        builder.Property(p => p.Ratio).HasMaxLength(10);
        builder.Property(p => p.Resolution).HasMaxLength(12);
        builder.Property(p => p.ProductionType).HasMaxLength(20);
        builder.Property(p => p.ProductionStyle).HasMaxLength(20);
        builder.Property(p => p.Homepage).HasMaxLength(80);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasOne<ProjectStatus>().WithMany().HasForeignKey(p => p.ProjectStatusId);
        builder.HasOne<PreviewBackgroundFile>().WithMany().HasForeignKey(p => p.DefaultPreviewBackgroundFileId);
        builder.HasOne<ProductionScheduleVersion>().WithMany().HasForeignKey(p => p.FromScheduleVersionId);
    }
}
