using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Projects;

internal sealed class MetadataDescriptorConfiguration : IEntityTypeConfiguration<MetadataDescriptor>
{
    public void Configure(EntityTypeBuilder<MetadataDescriptor> builder)
    {
        builder.ToTable("metadata_descriptor");
        builder.Property(m => m.EntityType).HasMaxLength(60);
        builder.Property(m => m.Name).HasMaxLength(120);
        builder.Property(m => m.DataType).HasMaxLength(20);
        builder.Property(m => m.FieldName).HasMaxLength(120);
        builder.HasIndex(m => m.ProjectId);
        builder.HasIndex(m => m.EntityType);
        builder.HasIndex(m => m.TaskTypeId);
        builder.HasIndex(m => m.ForClient);
        builder.HasIndex(m => new { m.ProjectId, m.EntityType, m.Name }).IsUnique()
            .HasDatabaseName("metadata_descriptor_uc").HasFilter("task_type_id IS NULL");
        builder.HasIndex(m => new { m.ProjectId, m.EntityType, m.FieldName }).IsUnique()
            .HasDatabaseName("metadata_descriptor_uc2").HasFilter("task_type_id IS NULL");
        builder.HasIndex(m => new { m.ProjectId, m.EntityType, m.TaskTypeId, m.Name }).IsUnique()
            .HasDatabaseName("metadata_descriptor_task_type_uc").HasFilter("task_type_id IS NOT NULL");
        builder.HasIndex(m => new { m.ProjectId, m.EntityType, m.TaskTypeId, m.FieldName }).IsUnique()
            .HasDatabaseName("metadata_descriptor_task_type_uc2").HasFilter("task_type_id IS NOT NULL");
        builder.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(m => m.TaskTypeId);
    }
}
