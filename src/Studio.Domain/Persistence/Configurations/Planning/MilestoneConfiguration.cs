using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Planning;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Planning;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("milestone");
        builder.Property(m => m.Name).HasMaxLength(40);
        builder.HasIndex(m => m.ProjectId);
        builder.HasIndex(m => m.TaskTypeId);
        builder.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(m => m.TaskTypeId);
    }
}
