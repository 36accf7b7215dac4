using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Chats;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Chats;

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> builder)
    {
        builder.ToTable("chat_message");
        builder.HasIndex(m => m.ChatId);
        builder.HasIndex(m => m.PersonId);
        builder.HasOne<Chat>().WithMany().HasForeignKey(m => m.ChatId);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId);
    }
}
