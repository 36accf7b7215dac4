using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Chats;
using Studio.Domain.Comments;

namespace Studio.Domain.Persistence.Configurations.Comments;

internal sealed class AttachmentFileConfiguration : IEntityTypeConfiguration<AttachmentFile>
{
    public void Configure(EntityTypeBuilder<AttachmentFile> builder)
    {
        builder.ToTable("attachment_file");
        builder.Property(a => a.Name).HasMaxLength(250);
        builder.Property(a => a.Extension).HasMaxLength(6);
        builder.Property(a => a.Mimetype).HasMaxLength(255);
        builder.HasIndex(a => a.CommentId);
        builder.HasIndex(a => a.ChatMessageId);
        builder.HasOne<Comment>().WithMany().HasForeignKey(a => a.CommentId);
        builder.HasOne<ChatMessage>().WithMany().HasForeignKey(a => a.ChatMessageId);
    }
}
