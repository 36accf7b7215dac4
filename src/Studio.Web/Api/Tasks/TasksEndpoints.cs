using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Tasks;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Tasks;

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
            data.MapGet($"/{plural}/{{{label}_id}}/tasks", (HttpContext c, Actor a, EntityTasksService s, CancellationToken t) => EntityTasks(kind, EntityId(c, label), a, s, t))
                .WithName($"Tasks_{kind}Tasks").WithSummary($"The tasks of a {label}");
            data.MapGet($"/{plural}/{{{label}_id}}/task-types", (HttpContext c, Actor a, EntityTasksService s, CancellationToken t) => EntityTaskTypes(kind, EntityId(c, label), a, s, t))
                .WithName($"Tasks_{kind}TaskTypes").WithSummary($"The task types of a {label}'s tasks");
        }

        foreach (var (plural, kind) in new[] { ("sequences", "Sequence"), ("episodes", "Episode") })
        {
            var label = kind.ToLowerInvariant();
            data.MapGet($"/{plural}/{{{label}_id}}/shot-tasks", (HttpContext c, Actor a, EntityTasksService s, CancellationToken t) => ShotTasks(kind, EntityId(c, label), c.Request, a, s, t))
                .WithName($"Tasks_{kind}ShotTasks").WithSummary($"The tasks of a {label}'s shots");
        }

        var actions = api.MapGroup("/actions").WithTags("Tasks");
        actions.MapPut("/tasks/{task_id}/assign", Assign).WithName("Tasks_Assign").WithSummary("Assign a person to a task");
        actions.MapPut("/persons/{person_id}/assign", AssignPerson).WithName("Tasks_AssignPerson").WithSummary("Assign a person to several tasks (refused ones are skipped)");
        actions.MapPut("/tasks/clear-assignation", ClearAssignation).WithName("Tasks_ClearAssignation").WithSummary("Unassign one person, or everyone, from tasks");
        foreach (var (plural, kind) in Kinds.Take(4))
        {
            actions.MapPost($"/projects/{{project_id}}/task-types/{{task_type_id}}/{plural}/create-tasks",
                    (ZouId project_id, ZouId task_type_id, HttpRequest r, Actor a, TaskCreationService s, CancellationToken t) => CreateTasks(kind, project_id, task_type_id, r, a, s, t))
                .WithName($"Tasks_Create{kind}Tasks").WithSummary($"Create the tasks of a type for a production's {plural}");
        }

        actions.MapPost("/projects/{project_id}/task-types/{task_type_id}/create-tasks/{entity_type}", CreateEntityTypeTasks)
            .WithName("Tasks_CreateEntityTypeTasks").WithSummary("Create the tasks of a type for a production's entities of a type (episodes, sequences…)");
        actions.MapPut("/tasks/{task_id}/to-review", ToReview).WithName("Tasks_ToReview").WithSummary("Send a task to review");
        actions.MapPut("/tasks/set-priority", SetPriority).WithName("Tasks_SetPriority").WithSummary("Set the priority of tasks (those the caller may plan)");
        actions.MapPost("/user/tasks/subscribe", SubscribeMany).WithName("Tasks_SubscribeMany").WithSummary("Follow several tasks");
        actions.MapPost("/user/tasks/unsubscribe", UnsubscribeMany).WithName("Tasks_UnsubscribeMany").WithSummary("Stop following several tasks");

        actions.MapPost("/projects/{project_id}/delete-tasks", DeleteTasks).WithName("Tasks_DeleteTasks").WithSummary("Remove tasks of a production with everything attached");
        actions.MapDelete("/projects/{project_id}/task-types/{task_type_id}/delete-tasks", DeleteTaskTypeTasks)
            .WithName("Tasks_DeleteTaskTypeTasks").WithSummary("Remove every task of a type in a production (admin)");

        actions.MapPost("/user/tasks/{task_id}/subscribe", Subscribe).WithName("Tasks_Subscribe").WithSummary("Follow a task's discussion");
        actions.MapDelete("/user/tasks/{task_id}/unsubscribe", Unsubscribe).WithName("Tasks_Unsubscribe").WithSummary("Stop following a task's discussion");
        data.MapGet("/user/tasks/{task_id}/subscribed", Subscribed).WithName("Tasks_Subscribed").WithSummary("Whether the caller follows a task");
        return api;
    }

    private static async Task<IResult> Full(ZouId task_id, Actor actor, TaskService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TaskJson.Full(await service.FullAsync(actor, task_id, cancellationToken)));

    private static async Task<IResult> EntityTasks(string kind, ZouId entityId, Actor actor, EntityTasksService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TaskJson.Detailed(await service.EntityTasksAsync(actor, kind, entityId, cancellationToken)));

    private static async Task<IResult> EntityTaskTypes(string kind, ZouId entityId, Actor actor, EntityTasksService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TaskJson.Rows(await service.EntityTaskTypesAsync(actor, kind, entityId, cancellationToken)));

    private static async Task<IResult> ShotTasks(string kind, ZouId entityId, HttpRequest request, Actor actor, EntityTasksService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TaskJson.Detailed(await service.ShotTasksAsync(actor, kind, entityId, JsonBody.Flag(request, "relations"), cancellationToken)));

    private static async Task<IResult> Assign(ZouId task_id, HttpRequest request, Actor actor, TaskService service, CancellationToken cancellationToken)
    {
        var person = TaskBodies.Assignee(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Json(TaskJson.Assigned(await service.AssignAsync(actor, task_id, person, cancellationToken)));
    }

    private static async Task<IResult> AssignPerson(ZouId person_id, HttpRequest request, Actor actor, TaskService service, CancellationToken cancellationToken)
    {
        var tasks = TaskBodies.IdList(await JsonBody.ReadObjectAsync(request, cancellationToken), "task_ids");
        return ZouResults.Json(TaskJson.Assigned(await service.AssignManyAsync(actor, person_id, tasks, cancellationToken)));
    }

    private static async Task<IResult> ClearAssignation(HttpRequest request, Actor actor, TaskService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        var person = TaskBodies.Unassignee(body);
        return ZouResults.Json(ZouSerializer.IdList(await service.ClearAssignationAsync(actor, TaskBodies.IdList(body, "task_ids"), person, cancellationToken)));
    }

    private static async Task<IResult> CreateTasks(string kind, ZouId projectId, ZouId taskTypeId, HttpRequest request, Actor actor, TaskCreationService service, CancellationToken cancellationToken)
    {
        var (entities, episode) = await TaskBodies.TargetsAsync(request, cancellationToken);
        return ZouResults.Created(TaskJson.Created(await service.CreateTasksAsync(actor, projectId, taskTypeId, kind, entities, episode, cancellationToken)));
    }

    private static async Task<IResult> CreateEntityTypeTasks(ZouId project_id, ZouId task_type_id, string entity_type, HttpRequest request, Actor actor, TaskCreationService service,
        CancellationToken cancellationToken)
    {
        var (entities, episode) = await TaskBodies.TargetsAsync(request, cancellationToken);
        return ZouResults.Created(TaskJson.Created(await service.CreateTasksForTypeAsync(actor, project_id, task_type_id, entity_type, entities, episode, cancellationToken)));
    }

    private static async Task<IResult> ToReview(ZouId task_id, HttpRequest request, Actor actor, TaskReviewService service, CancellationToken cancellationToken)
    {
        var review = TaskBodies.ToReview(await JsonBody.ReadOptionalObjectAsync(request, cancellationToken));
        return ZouResults.Json(TaskJson.Review(await service.ToReviewAsync(actor, task_id, review, cancellationToken)));
    }

    private static async Task<IResult> SetPriority(HttpRequest request, Actor actor, TaskReviewService service, CancellationToken cancellationToken)
    {
        var (tasks, priority) = TaskBodies.Priority(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Json(TaskJson.Rows(await service.SetPriorityAsync(actor, tasks, priority, cancellationToken)));
    }

    private static async Task<IResult> SubscribeMany(HttpRequest request, Actor actor, TaskSubscriptionService service, CancellationToken cancellationToken)
    {
        var tasks = TaskBodies.TaskIds(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Created(TaskJson.Rows(await service.SubscribeManyAsync(actor, tasks, cancellationToken)));
    }

    private static async Task<IResult> UnsubscribeMany(HttpRequest request, Actor actor, TaskSubscriptionService service, CancellationToken cancellationToken)
    {
        var tasks = TaskBodies.TaskIds(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Json(ZouSerializer.IdList(await service.UnsubscribeManyAsync(actor, tasks, cancellationToken)));
    }

    private static async Task<IResult> DeleteTasks(ZouId project_id, HttpRequest request, Actor actor, TaskCreationService service, CancellationToken cancellationToken)
    {
        var tasks = TaskBodies.DeletedTasks(await JsonBody.ReadNodeAsync(request, cancellationToken));
        return ZouResults.Json(ZouSerializer.IdList(await service.DeleteTasksAsync(actor, project_id, null, tasks, cancellationToken)));
    }

    private static async Task<IResult> DeleteTaskTypeTasks(ZouId project_id, ZouId task_type_id, Actor actor, TaskCreationService service, CancellationToken cancellationToken)
    {
        await service.DeleteTasksAsync(actor, project_id, task_type_id, null, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Subscribe(ZouId task_id, Actor actor, TaskSubscriptionService service, CancellationToken cancellationToken) =>
        ZouResults.Created(ZouSerializer.Serialize((await service.SubscribeAsync(actor, task_id, subscribe: true, cancellationToken))!));

    private static async Task<IResult> Unsubscribe(ZouId task_id, Actor actor, TaskSubscriptionService service, CancellationToken cancellationToken)
    {
        await service.SubscribeAsync(actor, task_id, subscribe: false, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Subscribed(ZouId task_id, Actor actor, TaskSubscriptionService service, CancellationToken cancellationToken) =>
        ZouResults.Json(await service.IsSubscribedAsync(actor, task_id, cancellationToken));

    /// <summary>The entity id of the per-kind routes, whose parameter is named after the kind (<c>{asset_id}</c>, <c>{shot_id}</c>…).</summary>
    private static ZouId EntityId(HttpContext context, string label) => ZouId.Parse(context.Request.RouteValues[$"{label}_id"]?.ToString() ?? "", null);
}
