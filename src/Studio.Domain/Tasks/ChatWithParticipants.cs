using Studio.Domain.Chats;

namespace Studio.Domain.Tasks;

/// <summary>A chat and the people taking part in it.</summary>
public sealed record ChatWithParticipants(Chat Chat, IReadOnlyList<Guid> Participants);
