using Studio.Domain.Comments;

namespace Studio.Domain.Chats;

/// <summary>A chat message with the files attached to it.</summary>
public sealed record ChatMessageWithFiles(ChatMessage Message, IReadOnlyList<AttachmentFile> Attachments);
