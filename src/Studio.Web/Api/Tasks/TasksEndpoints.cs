using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Common;
using Studio.Domain.Tasks;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Tasks;
using Studio.Web.Auth;

namespace Studio.Web.Api.Tasks;

/// <summary>Zou's <c>tasks</c> routes: full task, assignment, creating and deleting tasks, entity tasks, subscriptions.</summary>
public static class TasksEndpoints
{
    private static readonly (string Plural, string Kind)[] Kinds =
    [
        ("assets", EntityKinds.Asset), ("shots", "Shot"), ("edits", "Edit"), ("concepts", "Concept"), ("scenes", "Scene"), ("sequences", "Sequence"), ("episodes", "Episode"),
    ];

    public static IEndpointRouteBuilder MapTasksEndpoints(this IEndpointRouteBuilder api)
    {
        var data = api.MapGroup("/data").WithTags("Tasks");
        data.MapGet("/tasks/{task_id}/full", Full).WithName("Tasks_Full").WithSummary("A task with its entity, project, status, type and people");
        foreach (var (plural, kind) in Kinds)
        {
            var label = kind.ToLowerInvariant();
            data.MapGet($"/{plural}/{{{label}_id}}/tasks", async (HttpContext c, EntityTasksService s, CancellationToken t) =>
                ZouResults.Json(await s.EntityTasksAsync(c.User.ToActor(), kind, RouteId(c, label), t)))
                .WithName($"Tasks_{kind}Tasks").WithSummary($"The tasks of a {label}");
            data.MapGet($"/{plural}/{{{label}_id}}/task-types", async (HttpContext c, EntityTasksService s, CancellationToken t) =>
                ZouResults.Json(await s.EntityTaskTypesAsync(c.User.ToActor(), kind, RouteId(c, label), t)))
                .WithName($"Tasks_{kind}TaskTypes").WithSummary($"The task types of a {label}'s tasks");
        }

        foreach (var (plural, kind) in new[] { ("sequences", "Sequence"), ("episodes", "Episode") })
        {
            var label = kind.ToLowerInvariant();
            data.MapGet($"/{plural}/{{{label}_id}}/shot-tasks", async (HttpContext c, EntityTasksService s, CancellationToken t) =>
                ZouResults.Json(await s.ShotTasksAsync(c.User.ToActor(), kind, RouteId(c, label), JsonBody.Flag(c.Request, "relations"), t)))
                .WithName($"Tasks_{kind}ShotTasks").WithSummary($"The tasks of a {label}'s shots");
        }

        var actions = api.MapGroup("/actions").WithTags("Tasks");
        actions.MapPut("/tasks/{task_id}/assign", async (string task_id, HttpContext c, TaskService s, CancellationToken t) =>
        {
            var taskId = Ids.Parse(task_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            var person = Ids.Parse(JsonBody.GetString(body, "person_id") ?? throw new WrongParameterException("person_id is missing."));
            return ZouResults.Json(await s.AssignAsync(c.User.ToActor(), taskId, person, t));
        }).WithName("Tasks_Assign").WithSummary("Assign a person to a task");
        actions.MapPut("/persons/{person_id}/assign", async (string person_id, HttpContext c, TaskService s, CancellationToken t) =>
        {
            var personId = Ids.Parse(person_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Json(await s.AssignManyAsync(c.User.ToActor(), personId, IdList(body, "task_ids"), t));
        }).WithName("Tasks_AssignPerson").WithSummary("Assign a person to several tasks (refused ones are skipped)");
        actions.MapPut("/tasks/clear-assignation", async (HttpContext c, TaskService s, CancellationToken t) =>
        {
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            var person = JsonBody.GetString(body, "person_id") is { Length: > 0 } p ? Ids.Parse(p) : (Guid?)null;
            return ZouResults.Json(await s.ClearAssignationAsync(c.User.ToActor(), IdList(body, "task_ids"), person, t));
        }).WithName("Tasks_ClearAssignation").WithSummary("Unassign one person, or everyone, from tasks");
        foreach (var (plural, kind) in Kinds.Take(4))
        {
            actions.MapPost($"/projects/{{project_id}}/task-types/{{task_type_id}}/{plural}/create-tasks", async (string project_id, string task_type_id, HttpContext c, TaskCreationService s, CancellationToken t) =>
            {
                var (projectId, taskTypeId) = (Ids.Parse(project_id), Ids.Parse(task_type_id));
                var (entities, episode) = await TargetsAsync(c, t);
                return ZouResults.Created(await s.CreateTasksAsync(c.User.ToActor(), projectId, taskTypeId, kind, entities, episode, t));
            }).WithName($"Tasks_Create{kind}Tasks").WithSummary($"Create the tasks of a type for a production's {plural}");
        }

        actions.MapPost("/projects/{project_id}/task-types/{task_type_id}/create-tasks/{entity_type}", CreateEntityTypeTasks)
            .WithName("Tasks_CreateEntityTypeTasks").WithSummary("Create the tasks of a type for a production's entities of a type (episodes, sequences…)");
        actions.MapPut("/tasks/{task_id}/to-review", ToReview).WithName("Tasks_ToReview").WithSummary("Send a task to review");
        actions.MapPut("/tasks/set-priority", SetPriority).WithName("Tasks_SetPriority").WithSummary("Set the priority of tasks (those the caller may plan)");
        actions.MapPost("/user/tasks/subscribe", (HttpContext c, TaskSubscriptionService s, CancellationToken t) => SubscribeMany(c, s, subscribe: true, t))
            .WithName("Tasks_SubscribeMany").WithSummary("Follow several tasks");
        actions.MapPost("/user/tasks/unsubscribe", (HttpContext c, TaskSubscriptionService s, CancellationToken t) => SubscribeMany(c, s, subscribe: false, t))
            .WithName("Tasks_UnsubscribeMany").WithSummary("Stop following several tasks");

        actions.MapPost("/projects/{project_id}/delete-tasks", async (string project_id, HttpContext c, TaskCreationService s, CancellationToken t) =>
        {
            var projectId = Ids.Parse(project_id);
            var body = await JsonBody.ReadNodeAsync(c.Request, t) as JsonArray ?? throw new WrongParameterException("A list of task ids is expected.");
            var ids = await s.DeleteTasksAsync(c.User.ToActor(), projectId, null, [.. body.Select(n => Ids.Parse(n?.ToString() ?? ""))], t);
            return ZouResults.Json(ZouSerializer.IdList(ids));
        }).WithName("Tasks_DeleteTasks").WithSummary("Remove tasks of a production with everything attached");
        actions.MapDelete("/projects/{project_id}/task-types/{task_type_id}/delete-tasks", async (string project_id, string task_type_id, HttpContext c, TaskCreationService s, CancellationToken t) =>
        {
            await s.DeleteTasksAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(task_type_id), null, t);
            return Results.NoContent();
        }).WithName("Tasks_DeleteTaskTypeTasks").WithSummary("Remove every task of a type in a production (admin)");

        actions.MapPost("/user/tasks/{task_id}/subscribe", async (string task_id, HttpContext c, TaskSubscriptionService s, CancellationToken t) =>
            ZouResults.Created((await s.SubscribeAsync(c.User.ToActor(), Ids.Parse(task_id), subscribe: true, t))!)).WithName("Tasks_Subscribe").WithSummary("Follow a task's discussion");
        actions.MapDelete("/user/tasks/{task_id}/unsubscribe", async (string task_id, HttpContext c, TaskSubscriptionService s, CancellationToken t) =>
        {
            await s.SubscribeAsync(c.User.ToActor(), Ids.Parse(task_id), subscribe: false, t);
            return Results.NoContent();
        }).WithName("Tasks_Unsubscribe").WithSummary("Stop following a task's discussion");
        data.MapGet("/user/tasks/{task_id}/subscribed", async (string task_id, HttpContext c, TaskSubscriptionService s, CancellationToken t) =>
            ZouResults.Json(JsonValue.Create(await s.IsSubscribedAsync(c.User.ToActor(), Ids.Parse(task_id), t)))).WithName("Tasks_Subscribed").WithSummary("Whether the caller follows a task");
        return api;
    }

    private static async Task<IResult> Full(ZouId task_id, Actor actor, TaskService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TaskJson.Full(await service.FullAsync(actor, task_id, cancellationToken)));

    private static async Task<IResult> CreateEntityTypeTasks(string project_id, string task_type_id, string entity_type, HttpContext context, TaskCreationService service, CancellationToken cancellationToken)
    {
        var (projectId, taskTypeId) = (Ids.Parse(project_id), Ids.Parse(task_type_id));
        var (entities, episode) = await TargetsAsync(context, cancellationToken);
        return ZouResults.Created(await service.CreateTasksForTypeAsync(context.User.ToActor(), projectId, taskTypeId, entity_type, entities, episode, cancellationToken));
    }

    private static async Task<IResult> ToReview(string task_id, HttpContext context, TaskReviewService service, CancellationToken cancellationToken)
    {
        var taskId = Ids.Parse(task_id);
        var body = await JsonBody.ReadOptionalObjectAsync(context.Request, cancellationToken);
        return ZouResults.Json(await service.ToReviewAsync(context.User.ToActor(), taskId, body, cancellationToken));
    }

    private static async Task<IResult> SetPriority(HttpContext context, TaskReviewService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        return ZouResults.Json(await service.SetPriorityAsync(context.User.ToActor(), body, cancellationToken));
    }

    private static async Task<IResult> SubscribeMany(HttpContext context, TaskSubscriptionService service, bool subscribe, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        var result = await service.SubscribeManyAsync(context.User.ToActor(), body, subscribe, cancellationToken);
        return subscribe ? ZouResults.Created(result) : ZouResults.Json(result);
    }

    /// <summary>The body of the create-tasks routes (an optional list of entity ids) and the <c>episode_id</c> criterion.</summary>
    private static async Task<(List<Guid>? Entities, Guid? Episode)> TargetsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadNodeOrNullAsync(context.Request, cancellationToken);
        // ZOU: only a non-empty list narrows the targets; any other body (none, {}, []) means all the entities.
        List<Guid>? entities = body is JsonArray { Count: > 0 } list
            ? [.. list.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Ids.Parse(v.GetValue<string>()) : throw new WrongParameterException("Malformed ID."))]
            : null;
        var episode = context.Request.Query["episode_id"].FirstOrDefault() is { Length: > 0 } e ? Ids.Parse(e) : (Guid?)null;
        return (entities, episode);
    }

    private static Guid RouteId(HttpContext context, string label) => Ids.Parse(context.Request.RouteValues[$"{label}_id"]?.ToString() ?? "");

    private static List<Guid> IdList(JsonObject body, string key) =>
        body[key] is JsonArray list
            ? [.. list.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Ids.Parse(v.GetValue<string>()) : throw new WrongParameterException("Malformed ID."))]
            : throw new WrongParameterException($"{key} is missing.");
}
