using Studio.Domain.Chats;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Chats;

/// <summary>Zou's <c>chats</c> blueprint: an entity's discussion.</summary>
public static class ChatsEndpoints
{
    public static IEndpointRouteBuilder MapChatsEndpoints(this IEndpointRouteBuilder api)
    {
        var entities = api.MapGroup("/data/entities").WithTags("Chats");
        entities.MapGet("/{entity_id}/chat/messages", async (string entity_id, HttpContext c, EntityChatService s, CancellationToken t) =>
            ZouResults.Json(await s.MessagesAsync(c.User.ToActor(), Ids.Parse(entity_id), t))).WithName("Chats_Messages").WithSummary("An entity's chat messages, oldest first");
        entities.MapPost("/{entity_id}/chat/messages", async (string entity_id, HttpContext c, EntityChatService s, CancellationToken t) =>
        {
            var entityId = Ids.Parse(entity_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Created(await s.PostAsync(c.User.ToActor(), entityId, JsonBody.GetString(body, "message") ?? JsonBody.GetString(body, "text") ?? "", t));
        }).WithName("Chats_Post").WithSummary("Post in an entity's chat");
        entities.MapDelete("/{entity_id}/chat/messages/{chat_message_id}", async (string entity_id, string chat_message_id, HttpContext c, EntityChatService s, CancellationToken t) =>
        {
            await s.DeleteAsync(c.User.ToActor(), Ids.Parse(entity_id), Ids.Parse(chat_message_id), t);
            return Results.NoContent();
        }).WithName("Chats_Delete").WithSummary("Remove a chat message (its author or an admin)");
        return api;
    }
}
