using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Comments;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Settings;

namespace Studio.Domain.Persistence.Configurations.Comments;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comment");
        builder.Property(c => c.ObjectType).HasMaxLength(80);
        builder.HasIndex(c => c.ObjectId);
        builder.HasIndex(c => c.ObjectType);
        builder.HasIndex(c => c.TaskStatusId);
        builder.HasIndex(c => c.PersonId);
        builder.HasIndex(c => c.EditorId);
        builder.HasOne<ProductionTaskStatus>().WithMany().HasForeignKey(c => c.TaskStatusId);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.EditorId);
        builder.HasOne<PreviewFile>().WithMany().HasForeignKey(c => c.PreviewFileId);
    }
}
