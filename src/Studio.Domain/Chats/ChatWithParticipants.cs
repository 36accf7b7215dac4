namespace Studio.Domain.Chats;

/// <summary>An entity's chat with the ids of the people taking part in it.</summary>
public sealed record ChatWithParticipants(Chat Chat, IReadOnlyList<Guid> Participants);
