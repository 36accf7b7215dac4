using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Events;
using Studio.Domain.Persistence;

namespace Studio.Domain.Breakdown;

/// <summary>
/// ZOU: <c>PUT /data/shots/&lt;id&gt;</c> (shots blueprint): project managers change a shot's columns; the body is
/// checked by Zou's UpdateShotSchema, <c>data</c> is merged into the stored data, and a rename or a new frame range
/// records the shot's previous state as a version.
/// </summary>
public sealed class ShotUpdateService(IDbContextFactory<StudioDbContext> factory, EventPublisher events, TimeProvider time)
{
    private static readonly HashSet<string> Protected = new(StringComparer.Ordinal)
    {
        "id", "created_at", "updated_at", "instance_casting", "project_id", "entities_in", "entities_out", "type", "shotgun_id", "created_by",
    };

    private static readonly BodySchema Schema = new BodySchema()
        .Field("name", BodyField.Name).Field("description", BodyField.Text).Field("nb_frames", BodyField.WholeNumber)
        .Field("data", BodyField.Dictionary).Field("canceled", BodyField.Boolean);

    public async Task<JsonObject> UpdateAsync(Actor actor, Guid shotId, JsonObject body, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var shot = await BreakdownService.FindAsync(db, "Shot", shotId, cancellationToken);

        // ZOU: check_manager_project_access, a plain 403 (unlike the entity PUT, which wraps it in a 400).
        await new ProjectAccess(db, actor).EnsureManagerAsync(shot.ProjectId, cancellationToken);
        Schema.Validate(body);
        if (body.ContainsKey("parent_id"))
        {
            var parent = JsonBodyText(body["parent_id"]);
            body["parent_id"] = (await BreakdownService.ParentAsync(db, shot.ProjectId, parent, "Sequence", cancellationToken))?.ToString();
        }

        JsonData.MergeInto(body, shot.Data);
        CrudWriter.Apply(shot, body, Protected, strict: false);
        db.ChangeTracker.DetectChanges();
        if (db.Entry(shot).Property(e => e.Name).IsModified || db.Entry(shot).Property(e => e.ParentId).IsModified)
        {
            await EntityNames.EnsureUniqueAsync(db, shot, cancellationToken);
        }

        await EntityVersions.RecordIfNeededAsync(db, shot, actor.PersonId, time.GetUtcNow().UtcDateTime, cancellationToken);
        var e = EventPublisher.Stage(db, "shot:update", new JsonObject { ["shot_id"] = shot.Id.ToString() }, shot.ProjectId, actor.PersonId);
        await DatabaseErrors.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        events.Publish([e]);
        return EntityJson.Serialize(shot, "Shot");
    }

    private static Guid? JsonBodyText(JsonNode? node)
    {
        var text = node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;
        if (node is null || text is "" or "None" or "null")
        {
            return null;
        }

        return Guid.TryParse(text, out var id) ? id : throw new WrongParameterException("Validation error.", new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["field"] = "parent_id", ["message"] = "Input should be a valid UUID" }),
        });
    }
}
