using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;
using Studio.Domain.Persons;
using Studio.Domain.Projects;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence.Configurations.Tasks;

internal sealed class ProductionTaskConfiguration : IEntityTypeConfiguration<ProductionTask>
{
    public void Configure(EntityTypeBuilder<ProductionTask> builder)
    {
        builder.ToTable("task", t => t.HasCheckConstraint("check_difficulty", "difficulty > 0 AND difficulty < 6"));
        builder.Property(t => t.Name).HasMaxLength(80);
        builder.HasIndex(t => t.ProjectId);
        builder.HasIndex(t => t.TaskTypeId);
        builder.HasIndex(t => t.TaskStatusId);
        builder.HasIndex(t => t.EntityId);
        builder.HasIndex(t => t.AssignerId);
        builder.HasIndex(t => new { t.Name, t.ProjectId, t.TaskTypeId, t.EntityId }).IsUnique().HasDatabaseName("task_uc");
        builder.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(t => t.TaskTypeId);
        builder.HasOne<ProductionTaskStatus>().WithMany().HasForeignKey(t => t.TaskStatusId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(t => t.EntityId);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.AssignerId);
    }
}
