using System.Text.Json.Nodes;
using Studio.Domain.Chats;
using Studio.Web.Api.Zou.Comments;

namespace Studio.Web.Api.Zou.Chats;

/// <summary>Zou's shapes of an entity's chat and its messages.</summary>
public static class ChatJson
{
    /// <summary>A message's columns and its attachments.</summary>
    public static JsonObject Message(ChatMessageWithFiles message)
    {
        var json = ZouSerializer.Serialize(message.Message);
        json["attachment_files"] = CommentJson.Attachments(message.Attachments);
        return json;
    }

    public static JsonArray Messages(IEnumerable<ChatMessageWithFiles> messages) => [.. messages.Select(m => (JsonNode?)Message(m))];

    /// <summary>The chat's columns and its participants' ids.</summary>
    public static JsonObject Chat(ChatWithParticipants chat) =>
        ZouSerializer.Serialize(chat.Chat, new Dictionary<string, List<Guid>> { ["participants"] = [.. chat.Participants] });
}
