using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Media;
using Studio.Domain.Playlists;
using Studio.Domain.Previews;

namespace Studio.Domain.Persistence.Configurations.Media;

internal sealed class MediaJobConfiguration : IEntityTypeConfiguration<MediaJob>
{
    public void Configure(EntityTypeBuilder<MediaJob> builder)
    {
        builder.ToTable("media_job");
        builder.Property(j => j.Kind).HasMaxLength(20);
        builder.Property(j => j.State).HasMaxLength(20);
        builder.Property(j => j.LeaseOwner).HasMaxLength(200);
        builder.Property(j => j.Stage).HasMaxLength(40);
        builder.HasIndex(j => new { j.State, j.LeaseUntil, j.CreatedAt }).HasDatabaseName("ix_media_job_claim");
        builder.HasIndex(j => j.PreviewFileId);
        builder.HasIndex(j => j.BuildJobId);
        builder.HasOne<PreviewFile>().WithMany().HasForeignKey(j => j.PreviewFileId);
        builder.HasOne<BuildJob>().WithMany().HasForeignKey(j => j.BuildJobId);
    }
}
