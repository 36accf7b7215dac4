using Studio.Domain.Common;
using Studio.Domain.Comments;

namespace Studio.Domain.Chats;

/// <summary>A message posted by a person in a chat.</summary>
[Relation("attachment_files", typeof(AttachmentFile), nameof(AttachmentFile.ChatMessageId), nameof(AttachmentFile.Id), After = "text")]
public class ChatMessage : ZouEntity
{
    public Guid ChatId { get; set; }

    public Guid PersonId { get; set; }

    public string? Text { get; set; }
}
