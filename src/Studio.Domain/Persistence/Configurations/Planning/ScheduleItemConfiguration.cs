using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Planning;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Planning;

internal sealed class ScheduleItemConfiguration : IEntityTypeConfiguration<ScheduleItem>
{
    public void Configure(EntityTypeBuilder<ScheduleItem> builder)
    {
        builder.ToTable("schedule_item");
        builder.HasIndex(i => i.ProjectId);
        builder.HasIndex(i => i.TaskTypeId);
        builder.HasIndex(i => i.ObjectId);
        builder.HasIndex(i => new { i.ProjectId, i.TaskTypeId, i.ObjectId }).IsUnique().HasDatabaseName("schedule_item_uc");
        builder.HasOne<Project>().WithMany().HasForeignKey(i => i.ProjectId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(i => i.TaskTypeId);
    }
}
