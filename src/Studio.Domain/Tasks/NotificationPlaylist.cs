namespace Studio.Domain.Tasks;

/// <summary>The playlist a notification is about.</summary>
public sealed record NotificationPlaylist(Guid Id, string Name, string? ForEntity, bool IsForAll);
