using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Comments;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Chats;

/// <summary>The chat of an entity (Zou's <c>chats</c> blueprint): team members read and post, authors and admins delete.</summary>
public sealed class EntityChatService(IDbContextFactory<StudioDbContext> factory, EventPublisher events)
{
    /// <summary>The messages of an entity's chat, oldest first.</summary>
    public async Task<IReadOnlyList<ChatMessageWithFiles>> MessagesAsync(Actor actor, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, entityId, cancellationToken);
        var messages = await db.Set<ChatMessage>().AsNoTracking()
            .Where(m => db.Set<Chat>().Any(c => c.Id == m.ChatId && c.ObjectId == entity.Id))
            .OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        return await WithFilesAsync(db, messages, cancellationToken);
    }

    /// <summary>Posts a message; the chat is created with the entity's first message and the author joins it.</summary>
    public async Task<ChatMessageWithFiles> PostAsync(Actor actor, Guid entityId, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new WrongParameterException("The message is empty.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, entityId, cancellationToken);
        var chat = await db.Set<Chat>().FirstOrDefaultAsync(c => c.ObjectId == entity.Id, cancellationToken);
        if (chat is null)
        {
            chat = new Chat { Id = Guid.NewGuid(), ObjectId = entity.Id };
            db.Add(chat);
        }

        if (!await db.Set<ChatParticipant>().AnyAsync(p => p.ChatId == chat.Id && p.PersonId == actor.PersonId, cancellationToken))
        {
            db.Add(new ChatParticipant { ChatId = chat.Id, PersonId = actor.PersonId });
        }

        var message = new ChatMessage { Id = Guid.NewGuid(), ChatId = chat.Id, PersonId = actor.PersonId, Text = text };
        db.Add(message);
        var e = EventPublisher.Stage(db, "chat:new-message", new EventData { ["chat_id"] = chat.Id.ToString(), ["chat_message_id"] = message.Id.ToString() }, entity.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        chat.LastMessage = message.CreatedAt;
        await db.SaveChangesAsync(cancellationToken);
        events.Publish([e]);
        return (await WithFilesAsync(db, [message], cancellationToken))[0];
    }

    public async Task DeleteAsync(Actor actor, Guid entityId, Guid messageId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, entityId, cancellationToken);
        var message = await db.Set<ChatMessage>().FirstOrDefaultAsync(m => m.Id == messageId && db.Set<Chat>().Any(c => c.Id == m.ChatId && c.ObjectId == entity.Id), cancellationToken)
            ?? throw new NotFoundException();
        if (message.PersonId != actor.PersonId && !actor.IsAdmin)
        {
            throw new PermissionDeniedException();
        }

        await db.Set<AttachmentFile>().Where(a => a.ChatMessageId == message.Id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(message);
        var e = EventPublisher.Stage(db, "chat:deleted-message", new EventData { ["chat_id"] = message.ChatId.ToString(), ["chat_message_id"] = message.Id.ToString() }, entity.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    /// <summary>ZOU <c>POST /actions/user/chats/&lt;entity_id&gt;/join</c>: the caller joins the entity's chat (created if needed); returns the chat.</summary>
    public async Task<ChatWithParticipants> JoinAsync(Actor actor, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, entityId, cancellationToken);
        var chat = await db.Set<Chat>().FirstOrDefaultAsync(c => c.ObjectId == entity.Id, cancellationToken);
        if (chat is null)
        {
            chat = new Chat { Id = Guid.NewGuid(), ObjectId = entity.Id };
            db.Add(chat);
        }

        var staged = new List<ApiEvent>();
        if (!await db.Set<ChatParticipant>().AnyAsync(p => p.ChatId == chat.Id && p.PersonId == actor.PersonId, cancellationToken))
        {
            db.Add(new ChatParticipant { ChatId = chat.Id, PersonId = actor.PersonId });
            staged.Add(EventPublisher.Stage(db, "chat:joined", new EventData { ["chat_id"] = chat.Id.ToString(), ["person_id"] = actor.PersonId.ToString() }, entity.ProjectId, actor.PersonId));
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish(staged);
        var links = await Crud.CrudRelations.LoadAsync(db, ZouModel.For<Chat>(), [chat.Id], cancellationToken);
        return new ChatWithParticipants(chat, links[chat.Id]["participants"]);
    }

    /// <summary>ZOU <c>DELETE /actions/user/chats/&lt;entity_id&gt;/join</c>: the caller leaves the entity's chat.</summary>
    public async Task LeaveAsync(Actor actor, Guid entityId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await ReadableAsync(db, actor, entityId, cancellationToken);
        var participant = await db.Set<ChatParticipant>()
            .FirstOrDefaultAsync(p => p.PersonId == actor.PersonId && db.Set<Chat>().Any(c => c.Id == p.ChatId && c.ObjectId == entity.Id), cancellationToken);
        if (participant is null)
        {
            return;
        }

        db.Remove(participant);
        var e = EventPublisher.Stage(db, "chat:left", new EventData { ["chat_id"] = participant.ChatId.ToString(), ["person_id"] = actor.PersonId.ToString() }, entity.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        events.Publish([e]);
    }

    private static async Task<Entity> ReadableAsync(StudioDbContext db, Actor actor, Guid entityId, CancellationToken cancellationToken)
    {
        var entity = await db.Set<Entity>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entityId, cancellationToken) ?? throw new NotFoundException();
        await EntityScope.EnsureReadAsync(db, new ProjectAccess(db, actor), entity, cancellationToken);
        return entity;
    }

    private static async Task<List<ChatMessageWithFiles>> WithFilesAsync(StudioDbContext db, List<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.Id).ToList();
        var attachments = (await db.Set<AttachmentFile>().AsNoTracking().Where(a => a.ChatMessageId != null && ids.Contains(a.ChatMessageId.Value)).ToListAsync(cancellationToken))
            .ToLookup(a => a.ChatMessageId!.Value);
        return [.. messages.Select(m => new ChatMessageWithFiles(m, [.. attachments[m.Id]]))];
    }
}
