using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class ProjectStatusConfiguration : IEntityTypeConfiguration<ProjectStatus>
{
    public void Configure(EntityTypeBuilder<ProjectStatus> builder)
    {
        builder.ToTable("project_status");
        builder.Property(p => p.Name).HasMaxLength(20);
        builder.Property(p => p.Color).HasMaxLength(7);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
