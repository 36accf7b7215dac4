using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Comments;
using Studio.Domain.Events;
using Studio.Domain.Persons;
using Studio.Domain.Previews;
using Studio.Domain.Tasks;

namespace Studio.Domain.Persistence.Configurations.Events;

internal sealed class NewsConfiguration : IEntityTypeConfiguration<News>
{
    public void Configure(EntityTypeBuilder<News> builder)
    {
        builder.ToTable("news");
        builder.HasIndex(n => n.AuthorId);
        builder.HasIndex(n => n.CommentId);
        builder.HasIndex(n => n.TaskId);
        builder.HasIndex(n => n.PreviewFileId);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.AuthorId);
        builder.HasOne<Comment>().WithMany().HasForeignKey(n => n.CommentId);
        builder.HasOne<ProductionTask>().WithMany().HasForeignKey(n => n.TaskId);
        builder.HasOne<PreviewFile>().WithMany().HasForeignKey(n => n.PreviewFileId);
    }
}
