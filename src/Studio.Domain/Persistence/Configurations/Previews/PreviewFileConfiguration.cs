using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Files;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence.Configurations.Previews;

internal sealed class PreviewFileConfiguration : IEntityTypeConfiguration<PreviewFile>
{
    public void Configure(EntityTypeBuilder<PreviewFile> builder)
    {
        builder.ToTable("preview_file");
        builder.Property(p => p.Name).HasMaxLength(250);
        builder.Property(p => p.OriginalName).HasMaxLength(250);
        builder.Property(p => p.Extension).HasMaxLength(6);
        builder.Property(p => p.Path).HasMaxLength(400);
        builder.Property(p => p.Source).HasMaxLength(40);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.ValidationStatus).HasMaxLength(20);
        builder.Property(p => p.Url).HasMaxLength(600);
        builder.Property(p => p.UploadedMovieUrl).HasMaxLength(600);
        builder.Property(p => p.UploadedMovieName).HasMaxLength(150);
        builder.HasIndex(p => p.TaskId);
        builder.HasIndex(p => p.SourceFileId);
        builder.HasIndex(p => p.ShotgunId).IsUnique();
        builder.HasIndex(p => new { p.Name, p.TaskId, p.Revision }).IsUnique().HasDatabaseName("preview_uc");
        builder.HasOne<ProductionTask>().WithMany().HasForeignKey(p => p.TaskId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId);
        builder.HasOne<OutputFile>().WithMany().HasForeignKey(p => p.SourceFileId);
    }
}
