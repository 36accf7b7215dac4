using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;
using Studio.Domain.Files;
using Studio.Domain.Persons;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Files;

internal sealed class OutputFileConfiguration : IEntityTypeConfiguration<OutputFile>
{
    public void Configure(EntityTypeBuilder<OutputFile> builder)
    {
        builder.ToTable("output_file");
        builder.Property(o => o.Name).HasMaxLength(250);
        builder.Property(o => o.Checksum).HasMaxLength(32);
        builder.Property(o => o.Extension).HasMaxLength(10);
        builder.Property(o => o.Representation).HasMaxLength(20);
        builder.Property(o => o.Source).HasMaxLength(40);
        builder.Property(o => o.Path).HasMaxLength(400);
        builder.HasIndex(o => o.Representation);
        builder.HasIndex(o => o.FileStatusId);
        builder.HasIndex(o => o.EntityId);
        builder.HasIndex(o => o.AssetInstanceId);
        builder.HasIndex(o => o.OutputTypeId);
        builder.HasIndex(o => o.TaskTypeId);
        builder.HasIndex(o => o.PersonId);
        builder.HasIndex(o => o.SourceFileId);
        builder.HasIndex(o => o.TemporalEntityId);
        builder.HasIndex(o => new { o.Name, o.EntityId, o.AssetInstanceId, o.OutputTypeId, o.TaskTypeId, o.TemporalEntityId, o.Representation, o.Revision })
            .IsUnique().HasDatabaseName("output_file_uc");
        builder.HasOne<FileStatus>().WithMany().HasForeignKey(o => o.FileStatusId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(o => o.EntityId);
        builder.HasOne<AssetInstance>().WithMany().HasForeignKey(o => o.AssetInstanceId);
        builder.HasOne<OutputType>().WithMany().HasForeignKey(o => o.OutputTypeId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(o => o.TaskTypeId);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId);
        builder.HasOne<WorkingFile>().WithMany().HasForeignKey(o => o.SourceFileId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(o => o.TemporalEntityId);
    }
}
