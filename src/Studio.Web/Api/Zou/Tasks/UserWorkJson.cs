using System.Text.Json.Nodes;
using Studio.Domain.Chats;
using Studio.Domain.Tasks;
using Studio.Web.Api.Zou.Breakdown;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Zou's shapes of the caller's chats and of the shots where they have tasks.</summary>
public static class UserWorkJson
{
    /// <summary>Each chat with its participants after its columns.</summary>
    public static JsonArray Chats(IEnumerable<ChatWithParticipants> chats) =>
        [.. chats.Select(c => (JsonNode?)ZouSerializer.Serialize(c.Chat, new Dictionary<string, List<Guid>> { ["participants"] = [.. c.Participants] }))];

    /// <summary>Each entity as the breakdown routes write it, typed by its kind.</summary>
    public static JsonArray Shots(IEnumerable<SequenceShot> shots) => [.. shots.Select(s => (JsonNode?)EntityJson.Serialize(s.Entity, s.Kind))];
}
