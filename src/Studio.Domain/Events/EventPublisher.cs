using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Domain.Events;

/// <summary>
/// The one way a change is announced: the event is stored as an <see cref="ApiEvent"/> row in the same
/// transaction as the change (<see cref="Stage"/>) and, once committed, published in-process
/// (<see cref="Publish"/>) to live subscribers such as the UI.
/// </summary>
public sealed class EventPublisher(IDbContextFactory<StudioDbContext> factory)
{
    private readonly Lock gate = new();
    private readonly List<Action<ApiEvent>> subscribers = [];

    /// <summary>Adds the event row to <paramref name="db"/>; it is written by the caller's SaveChanges.</summary>
    public static ApiEvent Stage(StudioDbContext db, string name, EventData data, Guid? projectId, Guid? userId)
    {
        var stored = data.ToStored();
        WithProject(stored, projectId);
        var row = new ApiEvent { Name = name, Data = stored, ProjectId = projectId, UserId = userId };
        db.Add(row);
        return row;
    }

    /// <summary>Stores and publishes an event that goes with no other change (e.g. the status route's test event).</summary>
    public async Task EmitAsync(string name, EventData data, Guid? projectId, Guid? userId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = Stage(db, name, data, projectId, userId);
        await db.SaveChangesAsync(cancellationToken);
        Publish([row]);
    }

    /// <summary>Tells live subscribers about committed events. Subscribers must not throw: they run on the committing thread.</summary>
    public void Publish(IEnumerable<ApiEvent> events)
    {
        Action<ApiEvent>[] current;
        lock (gate)
        {
            current = [.. subscribers];
        }

        foreach (var e in events)
        {
            if (e.Data is JsonObject data)
            {
                WithProject(data, e.ProjectId);
            }

            foreach (var subscriber in current)
            {
                subscriber(e);
            }
        }
    }

    /// <summary>ZOU: <c>events.emit</c> adds the project to every event's data; clients filter the stream by it.</summary>
    private static void WithProject(JsonObject data, Guid? projectId)
    {
        if (projectId is not null || !data.ContainsKey("project_id"))
        {
            data["project_id"] = projectId?.ToString();
        }
    }

    public IDisposable Subscribe(Action<ApiEvent> subscriber)
    {
        lock (gate)
        {
            subscribers.Add(subscriber);
        }

        return new Subscription(this, subscriber);
    }

    private void Unsubscribe(Action<ApiEvent> subscriber)
    {
        lock (gate)
        {
            subscribers.Remove(subscriber);
        }
    }

    private sealed class Subscription(EventPublisher owner, Action<ApiEvent> subscriber) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(subscriber);
    }
}
