namespace Studio.Domain.Chats;

/// <summary>A person taking part in a chat (<c>chat_participant</c>).</summary>
public class ChatParticipant
{
    public Guid ChatId { get; set; }

    public Guid PersonId { get; set; }
}
