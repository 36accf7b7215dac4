using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;
using Studio.Domain.Files;
using Studio.Domain.Persons;
using Studio.Domain.Settings;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence.Configurations.Files;

internal sealed class WorkingFileConfiguration : IEntityTypeConfiguration<WorkingFile>
{
    public void Configure(EntityTypeBuilder<WorkingFile> builder)
    {
        builder.ToTable("working_file");
        builder.Property(w => w.Name).HasMaxLength(250);
        builder.Property(w => w.Path).HasMaxLength(400);
        builder.HasIndex(w => w.ShotgunId);
        builder.HasIndex(w => w.TaskId);
        builder.HasIndex(w => w.EntityId);
        builder.HasIndex(w => w.PersonId);
        builder.HasIndex(w => w.SoftwareId);
        builder.HasIndex(w => new { w.Name, w.TaskId, w.EntityId, w.Revision }).IsUnique().HasDatabaseName("working_file_uc");
        builder.HasOne<ProductionTask>().WithMany().HasForeignKey(w => w.TaskId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(w => w.EntityId);
        builder.HasOne<Person>().WithMany().HasForeignKey(w => w.PersonId);
        builder.HasOne<Software>().WithMany().HasForeignKey(w => w.SoftwareId);
    }
}
