using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Chats;

namespace Studio.Domain.Persistence.Configurations.Chats;

internal sealed class ChatConfiguration : IEntityTypeConfiguration<Chat>
{
    public void Configure(EntityTypeBuilder<Chat> builder)
    {
        builder.ToTable("chat");
        builder.Property(c => c.ObjectType).HasMaxLength(80);
        builder.HasIndex(c => c.ObjectId);
        builder.HasIndex(c => c.ObjectType);
    }
}
