using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Persistence;

namespace Studio.Domain.Breakdown;

/// <summary>
/// A shot's past states (<c>entity_version</c>): when a change renames a shot or moves its frame range and
/// the shot was last updated more than a minute before, the state it had is kept as a version.
/// </summary>
public static class EntityVersions
{
    /// <summary>Changes closer together than this are one edit: only the first records a version.</summary>
    public static readonly TimeSpan Grouping = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Adds a version for <paramref name="shot"/> (tracked, with its new values set but not saved) when its name or
    /// frame range changed and its last update is older than <see cref="Grouping"/>. No-op for other kinds.
    /// </summary>
    public static async Task RecordIfNeededAsync(StudioDbContext db, Entity shot, Guid personId, DateTime now, CancellationToken cancellationToken)
    {
        if ((await EntityKinds.KindsAsync(db, [shot.EntityTypeId], cancellationToken)).GetValueOrDefault(shot.EntityTypeId) != "Shot")
        {
            return;
        }

        var entry = db.Entry(shot);
        var previousName = entry.Property(e => e.Name).OriginalValue;
        var previousData = entry.Property(e => e.Data).OriginalValue;
        var previousUpdate = entry.Property(e => e.UpdatedAt).OriginalValue;
        var changed = previousName != shot.Name || !Same(previousData, shot.Data, "frame_in") || !Same(previousData, shot.Data, "frame_out");

        // ZOU: save_version_if_needed compares the frame range and the name, and skips changes within a minute of
        // the last update. (Zou compares frame_in twice instead of frame_out and stores the new data with the old
        // name; Studio keeps the state the shot had, name and data together.)
        if (!changed || now - previousUpdate <= Grouping)
        {
            return;
        }

        db.Add(new EntityVersion { Id = Guid.NewGuid(), EntityId = shot.Id, Name = previousName, Data = previousData?.DeepClone() ?? new JsonObject(), PersonId = personId });
    }

    /// <summary>An entity's versions, newest first.</summary>
    public static Task<List<EntityVersion>> ListAsync(StudioDbContext db, Guid entityId, CancellationToken cancellationToken) =>
        db.Set<EntityVersion>().AsNoTracking().Where(v => v.EntityId == entityId).OrderByDescending(v => v.CreatedAt).ToListAsync(cancellationToken);

    private static bool Same(JsonNode? before, JsonNode? after, string key) =>
        JsonNode.DeepEquals(before is JsonObject b ? b[key] : null, after is JsonObject a ? a[key] : null);
}
