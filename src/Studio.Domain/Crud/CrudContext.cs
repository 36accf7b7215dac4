using Studio.Domain.Access;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Crud;

/// <summary>What a collection's rules see during one CRUD operation: the database, the caller and the time.</summary>
public sealed class CrudContext(StudioDbContext db, Actor actor, TimeProvider time, StudioOptions options, IServiceProvider services)
{
    public StudioOptions Options { get; } = options;

    /// <summary>Services a rule needs from the host (e.g. the bot token issuer).</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>A token a rule issued during the write (a new bot's), returned once with the written row.</summary>
    public string? AccessToken { get; set; }

    public StudioDbContext Db { get; } = db;

    /// <summary>The query string of a list request (empty for the other operations).</summary>
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public Actor Actor { get; } = actor;

    public ProjectAccess Access { get; } = new(db, actor);

    public TimeProvider Time { get; } = time;

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    /// <summary>Work a rule leaves until the operation is committed (e.g. removing a deleted preview's files).</summary>
    public List<Action> AfterCommit { get; } = [];

    /// <summary>Events a rule staged besides the operation's own, published with it after the commit.</summary>
    public List<ApiEvent> Staged { get; } = [];

    /// <summary>Stages one more event (e.g. <c>task:update</c> after a time spent changes the task's duration).</summary>
    public void Stage(string name, EventData data, Guid? projectId) =>
        Staged.Add(EventPublisher.Stage(Db, name, data, projectId, Actor.PersonId));
}
