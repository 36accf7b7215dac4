using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Comments;
using Studio.Domain.Previews;

namespace Studio.Domain.Persistence.Configurations.Comments;

internal sealed class CommentPreviewLinkConfiguration : IEntityTypeConfiguration<CommentPreviewLink>
{
    public void Configure(EntityTypeBuilder<CommentPreviewLink> builder)
    {
        builder.ToTable("comment_preview_link");
        builder.HasKey(l => new { l.CommentId, l.PreviewFileId });
        builder.Property(l => l.CommentId).HasColumnName("comment");
        builder.Property(l => l.PreviewFileId).HasColumnName("preview_file");
        builder.HasOne<Comment>().WithMany().HasForeignKey(l => l.CommentId);
        builder.HasOne<PreviewFile>().WithMany().HasForeignKey(l => l.PreviewFileId);
    }
}
