using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Breakdown;
using Studio.Domain.Persons;
using Studio.Domain.Playlists;
using Studio.Domain.Projects;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Playlists;

internal sealed class PlaylistConfiguration : IEntityTypeConfiguration<Playlist>
{
    public void Configure(EntityTypeBuilder<Playlist> builder)
    {
        builder.ToTable("playlist");
        builder.Property(p => p.Name).HasMaxLength(80);
        builder.Property(p => p.ForEntity).HasMaxLength(10);
        builder.HasIndex(p => p.ProjectId);
        builder.HasIndex(p => p.EpisodeId);
        builder.HasIndex(p => p.TaskTypeId);
        builder.HasIndex(p => p.ForClient);
        builder.HasIndex(p => p.ForEntity);
        builder.HasIndex(p => new { p.Name, p.ProjectId, p.EpisodeId }).IsUnique().HasDatabaseName("playlist_uc");
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId);
        builder.HasOne<Entity>().WithMany().HasForeignKey(p => p.EpisodeId);
        builder.HasOne<TaskType>().WithMany().HasForeignKey(p => p.TaskTypeId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.CreatedBy);
    }
}
