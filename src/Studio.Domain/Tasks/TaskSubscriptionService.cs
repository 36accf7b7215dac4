using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Tasks;

/// <summary>The caller's task subscriptions, one task or several at once.</summary>
public sealed class TaskSubscriptionService(IDbContextFactory<StudioDbContext> factory)
{
    private static readonly BodySchema ManySchema = new BodySchema().Field("task_ids", BodyField.IdList, required: true);

    /// <summary>(Un)subscribes the caller to a task's notifications.</summary>
    public async Task<JsonObject?> SubscribeAsync(Actor actor, Guid taskId, bool subscribe, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var subscription = await SetAsync(db, actor, taskId, subscribe, cancellationToken);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        return subscription is null ? null : ZouSerializer.Serialize(subscription);
    }

    /// <summary>
    /// ZOU <c>POST /actions/user/tasks/subscribe|unsubscribe {task_ids}</c>: every listed task, in one transaction;
    /// returns the subscriptions (subscribe) or the task ids (unsubscribe).
    /// </summary>
    public async Task<JsonArray> SubscribeManyAsync(Actor actor, JsonObject body, bool subscribe, CancellationToken cancellationToken)
    {
        ManySchema.Validate(body);
        var ids = BodySchema.Ids(body, "task_ids");
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var result = new JsonArray();
        foreach (var id in ids)
        {
            var subscription = await SetAsync(db, actor, id, subscribe, cancellationToken);
            result.Add(subscribe ? ZouSerializer.Serialize(subscription!) : JsonValue.Create(id.ToString()));
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        return result;
    }

    public async Task<bool> IsSubscribedAsync(Actor actor, Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        return await db.Set<Subscription>().AnyAsync(s => s.TaskId == task.Id && s.PersonId == actor.PersonId, cancellationToken);
    }

    /// <summary>Adds or removes the caller's subscription (the caller must be able to read the task); returns it when subscribing.</summary>
    private static async Task<Subscription?> SetAsync(StudioDbContext db, Actor actor, Guid taskId, bool subscribe, CancellationToken cancellationToken)
    {
        var task = await TaskService.ReadableAsync(db, actor, taskId, cancellationToken);
        var existing = await db.Set<Subscription>().FirstOrDefaultAsync(s => s.TaskId == task.Id && s.PersonId == actor.PersonId, cancellationToken)
            ?? db.ChangeTracker.Entries<Subscription>().Select(e => e.Entity).FirstOrDefault(s => s.TaskId == task.Id && s.PersonId == actor.PersonId);
        if (subscribe && existing is null)
        {
            existing = new Subscription { Id = Guid.NewGuid(), PersonId = actor.PersonId, TaskId = task.Id };
            db.Add(existing);
        }
        else if (!subscribe && existing is not null)
        {
            db.Remove(existing);
        }

        return subscribe ? existing : null;
    }
}
