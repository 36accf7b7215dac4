using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Studio.Domain.Access;
using Studio.Domain.Common;
using Studio.Domain.Crud;
using Studio.Domain.Persistence;

namespace Studio.Domain.Breakdown;

/// <summary>
/// ZOU: <c>PUT /data/shots/&lt;id&gt;</c> (shots blueprint): project managers change a shot; the body is checked by
/// Zou's UpdateShotSchema and the caller's right answers a plain 403, then the entity update of the CRUD routes does
/// the rest (data merged into the stored data, names unique per sequence, references kept in the production, status
/// values, the version a rename or a new frame range records, the event).
/// </summary>
public sealed class ShotUpdateService(IDbContextFactory<StudioDbContext> factory, CrudService crud)
{
    private static readonly BodySchema Schema = new BodySchema()
        .Field("name", BodyField.Name).Field("description", BodyField.Text).Field("nb_frames", BodyField.WholeNumber)
        .Field("data", BodyField.Dictionary).Field("canceled", BodyField.Boolean);

    /// <summary>Checks the caller and the body of a shot's update, and resolves its <c>parent_id</c> in the body.</summary>
    public async Task CheckAsync(Actor actor, Guid shotId, JsonObject body, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var shot = await BreakdownService.FindAsync(db, "Shot", shotId, cancellationToken);

        // ZOU: check_manager_project_access, a plain 403 (unlike the entity PUT, which wraps it in a 400).
        await new ProjectAccess(db, actor).EnsureManagerAsync(shot.ProjectId, cancellationToken);
        Schema.Validate(body);
        if (body.ContainsKey("parent_id"))
        {
            var parent = JsonBodyText(body["parent_id"]);
            body["parent_id"] = (await BreakdownService.ParentAsync(db, shot.ProjectId, parent, "Sequence", cancellationToken))?.ToString();
        }
    }

    /// <summary>The entity update of the CRUD routes, once <see cref="CheckAsync"/> passed.</summary>
    public Task<CrudRow<Entity>> UpdateAsync(Actor actor, Guid shotId, CrudChanges<Entity> changes, CancellationToken cancellationToken) =>
        CrudRegistry.For<Entity>().UpdateAsync(crud, actor, shotId, changes, cancellationToken);

    private static Guid? JsonBodyText(JsonNode? node)
    {
        var text = node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;
        if (node is null || text is "" or "None" or "null")
        {
            return null;
        }

        return Guid.TryParse(text, out var id) ? id : throw ValidationException.For("parent_id", "Input should be a valid UUID");
    }
}
