using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Planning;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence.Configurations.Planning;

internal sealed class ProductionScheduleVersionTaskLinkConfiguration : IEntityTypeConfiguration<ProductionScheduleVersionTaskLink>
{
    public void Configure(EntityTypeBuilder<ProductionScheduleVersionTaskLink> builder)
    {
        builder.ToTable("production_schedule_version_task_link");
        builder.HasIndex(l => l.ProductionScheduleVersionId);
        builder.HasIndex(l => l.TaskId);
        builder.HasIndex(l => new { l.ProductionScheduleVersionId, l.TaskId }).IsUnique()
            .HasDatabaseName("production_schedule_version_task_link_uc");
        builder.HasOne<ProductionScheduleVersion>().WithMany().HasForeignKey(l => l.ProductionScheduleVersionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProductionTask>().WithMany().HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
