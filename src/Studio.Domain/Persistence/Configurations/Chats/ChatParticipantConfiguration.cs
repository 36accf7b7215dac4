using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Studio.Domain.Chats;
using Studio.Domain.Persons;

namespace Studio.Domain.Persistence.Configurations.Chats;

internal sealed class ChatParticipantConfiguration : IEntityTypeConfiguration<ChatParticipant>
{
    public void Configure(EntityTypeBuilder<ChatParticipant> builder)
    {
        builder.ToTable("chat_participant");
        builder.HasKey(l => new { l.ChatId, l.PersonId });
        builder.HasOne<Chat>().WithMany().HasForeignKey(l => l.ChatId);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId);
    }
}
