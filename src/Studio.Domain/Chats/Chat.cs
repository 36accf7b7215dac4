using Studio.Domain.Common;

namespace Studio.Domain.Chats;

/// <summary>The chat room attached to an entity.</summary>
[Relation("participants", typeof(ChatParticipant), nameof(ChatParticipant.ChatId), nameof(ChatParticipant.PersonId), After = "last_message")]
public class Chat : ZouEntity
{
    public Guid ObjectId { get; set; } // ZOU: the entity id, no FK.

    public string ObjectType { get; set; } = "entity";

    public DateTime? LastMessage { get; set; }
}
