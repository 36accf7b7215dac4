using Studio.Domain.Access;
using Studio.Domain.Chats;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Chats;

namespace Studio.Web.Api.Chats;

/// <summary>Zou's <c>chats</c> blueprint: an entity's discussion.</summary>
public static class ChatsEndpoints
{
    public static IEndpointRouteBuilder MapChatsEndpoints(this IEndpointRouteBuilder api)
    {
        var entities = api.MapGroup("/data/entities").WithTags("Chats");
        entities.MapGet("/{entity_id}/chat/messages", Messages).WithName("Chats_Messages").WithSummary("An entity's chat messages, oldest first");
        entities.MapPost("/{entity_id}/chat/messages", Post).WithName("Chats_Post").WithSummary("Post in an entity's chat");
        entities.MapDelete("/{entity_id}/chat/messages/{chat_message_id}", Delete).WithName("Chats_Delete").WithSummary("Remove a chat message (its author or an admin)");
        return api;
    }

    private static async Task<IResult> Messages(ZouId entity_id, Actor actor, EntityChatService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ChatJson.Messages(await service.MessagesAsync(actor, entity_id, cancellationToken)));

    /// <summary>The text is read from <c>message</c>, else from <c>text</c>.</summary>
    private static async Task<IResult> Post(ZouId entity_id, Actor actor, HttpRequest request, EntityChatService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        var text = JsonBody.GetString(body, "message") ?? JsonBody.GetString(body, "text") ?? "";
        return ZouResults.Created(ChatJson.Message(await service.PostAsync(actor, entity_id, text, cancellationToken)));
    }

    private static async Task<IResult> Delete(ZouId entity_id, ZouId chat_message_id, Actor actor, EntityChatService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(actor, entity_id, chat_message_id, cancellationToken);
        return Results.NoContent();
    }
}
