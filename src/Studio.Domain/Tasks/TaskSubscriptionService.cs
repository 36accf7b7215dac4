using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Tasks;

/// <summary>The caller's task subscriptions, one task or several at once.</summary>
public sealed class TaskSubscriptionService(IDbContextFactory<StudioDbContext> factory)
{
    /// <summary>(Un)subscribes the caller to a task's notifications; returns the subscription when subscribing.</summary>
    public async Task<Subscription?> SubscribeAsync(Actor actor, Guid taskId, bool subscribe, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var subscription = await SetAsync(db, actor, taskId, subscribe, cancellationToken);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        return subscription;
    }

    /// <summary>
    /// ZOU <c>POST /actions/user/tasks/subscribe {task_ids}</c>: subscribes the caller to every listed task, in one
    /// transaction; returns the subscriptions in the order of the tasks.
    /// </summary>
    public async Task<IReadOnlyList<Subscription>> SubscribeManyAsync(Actor actor, IReadOnlyList<Guid> taskIds, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var subscriptions = new List<Subscription>();
        foreach (var id in taskIds)
        {
            subscriptions.Add((await SetAsync(db, actor, id, subscribe: true, cancellationToken))!);
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        return subscriptions;
    }

    /// <summary>
    /// ZOU <c>POST /actions/user/tasks/unsubscribe {task_ids}</c>: unsubscribes the caller from every listed task, in
    /// one transaction; returns the task ids.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> UnsubscribeManyAsync(Actor actor, IReadOnlyList<Guid> taskIds, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        foreach (var id in taskIds)
        {
            await SetAsync(db, actor, id, subscribe: false, cancellationToken);
        }

        await DatabaseErrors.SaveAsync(db, cancellationToken);
        return taskIds;
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
