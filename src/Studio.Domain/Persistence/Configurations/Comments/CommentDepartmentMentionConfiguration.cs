using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Comments;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Comments;

internal sealed class CommentDepartmentMentionConfiguration : IEntityTypeConfiguration<CommentDepartmentMention>
{
    public void Configure(EntityTypeBuilder<CommentDepartmentMention> builder)
    {
        builder.ToTable("comment_department_mentions");
        builder.HasKey(l => new { l.CommentId, l.DepartmentId });
        builder.Property(l => l.CommentId).HasColumnName("comment");
        builder.Property(l => l.DepartmentId).HasColumnName("department");
        builder.HasOne<Comment>().WithMany().HasForeignKey(l => l.CommentId);
        builder.HasOne<Department>().WithMany().HasForeignKey(l => l.DepartmentId);
    }
}
