using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class StatusAutomationConfiguration : IEntityTypeConfiguration<StatusAutomation>
{
    public void Configure(EntityTypeBuilder<StatusAutomation> builder)
    {
        builder.ToTable("status_automation");
        builder.Property(s => s.EntityType).HasMaxLength(40);
        builder.Property(s => s.OutFieldType).HasMaxLength(20);
        builder.HasIndex(s => s.InTaskTypeId);
        builder.HasIndex(s => s.InTaskStatusId);
        builder.HasIndex(s => s.OutTaskTypeId);
        builder.HasIndex(s => s.OutTaskStatusId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(s => s.InTaskTypeId);
        builder.HasOne<ProductionTaskStatus>().WithMany().HasForeignKey(s => s.InTaskStatusId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(s => s.OutTaskTypeId);
        builder.HasOne<ProductionTaskStatus>().WithMany().HasForeignKey(s => s.OutTaskStatusId);
    }
}
