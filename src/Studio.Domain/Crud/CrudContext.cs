using Studio.Domain.Access;
using Studio.Domain.Persistence;

namespace Studio.Domain.Crud;

/// <summary>What a collection's rules see during one CRUD operation: the database, the caller and the time.</summary>
public sealed class CrudContext(StudioDbContext db, Actor actor, TimeProvider time)
{
    public StudioDbContext Db { get; } = db;

    public Actor Actor { get; } = actor;

    public ProjectAccess Access { get; } = new(db, actor);

    public TimeProvider Time { get; } = time;

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;
}
