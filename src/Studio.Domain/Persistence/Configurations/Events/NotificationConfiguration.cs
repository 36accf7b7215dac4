using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Comments;
using Studio.Domain.Events;
using Studio.Domain.Persons;
using Studio.Domain.Playlists;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence.Configurations.Events;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notification");
        builder.Property(n => n.NotificationType).HasColumnName("type").HasMaxLength(20);
        builder.HasIndex(n => n.PersonId);
        builder.HasIndex(n => n.AuthorId);
        builder.HasIndex(n => n.CommentId);
        builder.HasIndex(n => n.TaskId);
        builder.HasIndex(n => n.PlaylistId);
        builder.HasIndex(n => n.ReplyId);
        builder.HasIndex(n => new { n.PersonId, n.AuthorId, n.CommentId, n.ReplyId, n.PlaylistId, n.NotificationType }).IsUnique()
            .HasDatabaseName("notification_uc");
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.AuthorId);
        builder.HasOne<Comment>().WithMany().HasForeignKey(n => n.CommentId);
        builder.HasOne<ProductionTask>().WithMany().HasForeignKey(n => n.TaskId);
        builder.HasOne<Playlist>().WithMany().HasForeignKey(n => n.PlaylistId);
    }
}
