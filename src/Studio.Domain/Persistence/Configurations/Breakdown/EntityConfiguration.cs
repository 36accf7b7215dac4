using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Breakdown;

internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> builder)
    {
        builder.ToTable("entity");
        builder.Property(e => e.Name).HasMaxLength(160);
        builder.Property(e => e.Code).HasMaxLength(160);
        builder.Property(e => e.Status).HasMaxLength(20);
        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.ProjectId);
        builder.HasIndex(e => e.EntityTypeId);
        builder.HasIndex(e => e.ParentId);
        builder.HasIndex(e => e.SourceId);
        builder.HasIndex(e => new { e.Name, e.ProjectId, e.EntityTypeId, e.ParentId }).IsUnique().HasDatabaseName("entity_uc");
        builder.HasIndex(e => new { e.ProjectId, e.EntityTypeId, e.Status }).HasDatabaseName("ix_entity_project_type_status");
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId);
        builder.HasOne<EntityType>().WithMany().HasForeignKey(e => e.EntityTypeId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(e => e.ParentId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(e => e.SourceId);
        builder.HasOne<PreviewFile>().WithMany().HasForeignKey(e => e.PreviewFileId).HasConstraintName("fk_main_preview");
        builder.HasOne<TaskType>().WithMany().HasForeignKey(e => e.ReadyFor);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.CreatedBy);
    }
}
