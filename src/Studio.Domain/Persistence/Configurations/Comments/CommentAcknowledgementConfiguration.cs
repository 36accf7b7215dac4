using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Comments;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Comments;

internal sealed class CommentAcknowledgementConfiguration : IEntityTypeConfiguration<CommentAcknowledgement>
{
    public void Configure(EntityTypeBuilder<CommentAcknowledgement> builder)
    {
        builder.ToTable("comment_acknoledgments"); // ZOU: misspelled table name kept.
        builder.HasKey(l => new { l.CommentId, l.PersonId });
        builder.Property(l => l.CommentId).HasColumnName("comment");
        builder.Property(l => l.PersonId).HasColumnName("person");
        builder.HasOne<Comment>().WithMany().HasForeignKey(l => l.CommentId);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId);
    }
}
