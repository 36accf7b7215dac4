using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Playlists;

namespace Studio.Domain.Persistence.Configurations.Playlists;

internal sealed class BuildJobConfiguration : IEntityTypeConfiguration<BuildJob>
{
    public void Configure(EntityTypeBuilder<BuildJob> builder)
    {
        builder.ToTable("build_job");
        builder.Property(j => j.Status).HasMaxLength(20);
        builder.Property(j => j.JobType).HasMaxLength(20);
        builder.HasIndex(j => j.PlaylistId);
        builder.HasOne<Playlist>().WithMany().HasForeignKey(j => j.PlaylistId);
    }
}
