using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Persons;
using Studio.Domain.Playlists;

namespace Studio.Domain.Persistence.Configurations.Playlists;

internal sealed class PlaylistShareLinkConfiguration : IEntityTypeConfiguration<PlaylistShareLink>
{
    public void Configure(EntityTypeBuilder<PlaylistShareLink> builder)
    {
        builder.ToTable("playlist_share_link");
        builder.Property(l => l.Token).HasMaxLength(64);
        builder.Property(l => l.Password).HasMaxLength(255);
        builder.HasIndex(l => l.Token).IsUnique();
        builder.HasIndex(l => l.PlaylistId);
        builder.HasIndex(l => new { l.PlaylistId, l.IsActive }).HasDatabaseName("ix_playlist_share_link_playlist_active");
        builder.HasOne<Playlist>().WithMany().HasForeignKey(l => l.PlaylistId);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.CreatedBy);
    }
}
