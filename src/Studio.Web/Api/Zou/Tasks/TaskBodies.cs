using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Tasks;

namespace Studio.Web.Api.Zou.Tasks;

/// <summary>Reads the bodies of the task routes into typed values, with Zou's messages for what is malformed.</summary>
public static class TaskBodies
{
    private static readonly BodySchema ToReviewSchema = new BodySchema()
        .Field("person_id", BodyField.Text).Field("comment", BodyField.Text).Field("name", BodyField.Text)
        .Field("revision", BodyField.WholeNumber).Field("change_status", BodyField.Boolean);

    private static readonly BodySchema PrioritySchema = new BodySchema().Field("task_ids", BodyField.IdList, required: true).Field("priority", BodyField.WholeNumber, required: true);

    private static readonly BodySchema TaskIdsSchema = new BodySchema().Field("task_ids", BodyField.IdList, required: true);

    /// <summary>
    /// <c>to-review {person_id, comment, name, revision, change_status}</c>, checked as Zou's schema does; the name
    /// and revision are checked and not used. ZOU: a <c>person_id</c> that is not a UUID names nobody, "Cannot find
    /// given person.".
    /// </summary>
    public static ToReviewRequest ToReview(JsonObject body)
    {
        ToReviewSchema.Validate(body);
        var person = body["person_id"] is JsonValue p ? Guid.TryParse(p.GetValue<string>(), out var id) ? id : Guid.Empty : (Guid?)null;
        return new ToReviewRequest(person, body["comment"]?.GetValue<string>(), body["change_status"]?.GetValue<bool>() ?? true);
    }

    /// <summary><c>set-priority {task_ids, priority}</c>, checked as Zou's schema does.</summary>
    public static (IReadOnlyList<Guid> TaskIds, int Priority) Priority(JsonObject body)
    {
        PrioritySchema.Validate(body);
        return (BodySchema.Ids(body, "task_ids"), body["priority"]!.GetValue<int>());
    }

    /// <summary>The bulk subscription bodies, <c>{task_ids}</c>: a non-empty list of ids.</summary>
    public static IReadOnlyList<Guid> TaskIds(JsonObject body)
    {
        TaskIdsSchema.Validate(body);
        return BodySchema.Ids(body, "task_ids");
    }

    /// <summary>The person of the single assignment route; it must be given.</summary>
    public static Guid Assignee(JsonObject body) =>
        Ids.Parse(JsonBody.GetString(body, "person_id") ?? throw new WrongParameterException("person_id is missing."));

    /// <summary>The person to unassign, or null for everyone (no <c>person_id</c>, or an empty one).</summary>
    public static Guid? Unassignee(JsonObject body) => JsonBody.GetString(body, "person_id") is { Length: > 0 } p ? Ids.Parse(p) : null;

    /// <summary>The ids listed under <paramref name="key"/> in the assignment bodies; each must be a UUID string.</summary>
    public static IReadOnlyList<Guid> IdList(JsonObject body, string key) =>
        body[key] is JsonArray list ? Strings(list) : throw new WrongParameterException($"{key} is missing.");

    /// <summary>The body of <c>delete-tasks</c>: a list of task ids.</summary>
    public static IReadOnlyList<Guid> DeletedTasks(JsonNode body) =>
        body is JsonArray list ? [.. list.Select(n => Ids.Parse(n?.ToString() ?? ""))] : throw new WrongParameterException("A list of task ids is expected.");

    /// <summary>The body of the create-tasks routes (an optional list of entity ids) and the <c>episode_id</c> criterion.</summary>
    public static async Task<(IReadOnlyList<Guid>? Entities, Guid? Episode)> TargetsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadNodeOrNullAsync(request, cancellationToken);

        // ZOU: only a non-empty list narrows the targets; any other body (none, {}, []) means all the entities.
        var entities = body is JsonArray { Count: > 0 } list ? Strings(list) : null;
        var episode = request.Query["episode_id"].FirstOrDefault() is { Length: > 0 } e ? Ids.Parse(e) : (Guid?)null;
        return (entities, episode);
    }

    private static List<Guid> Strings(JsonArray list) =>
        [.. list.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Ids.Parse(v.GetValue<string>()) : throw new WrongParameterException("Malformed ID."))];
}
