using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Settings;

internal sealed class TaskTypeConfiguration : IEntityTypeConfiguration<TaskType>
{
    public void Configure(EntityTypeBuilder<TaskType> builder)
    {
        builder.ToTable("task_type");
        builder.Property(t => t.Name).HasMaxLength(40);
        builder.Property(t => t.ShortName).HasMaxLength(20);
        builder.Property(t => t.Color).HasMaxLength(7);
        builder.Property(t => t.ForEntity).HasMaxLength(30);
        builder.HasIndex(t => t.ShotgunId);
        builder.HasIndex(t => t.DepartmentId);
        builder.HasIndex(t => new { t.Name, t.ForEntity, t.DepartmentId }).IsUnique().HasDatabaseName("task_type_uc");
        builder.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId);
    }
}
