using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Tasks;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.User;

/// <summary>Zou's <c>user</c> blueprint: the caller's tasks, notifications, filters, chats and subscriptions.</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var user = api.MapGroup("/data/user").WithTags("User");
        user.MapGet("/tasks", async (HttpContext c, UserWorkService s, CancellationToken t) => ZouResults.Json(await s.TasksAsync(c.User.ToActor(), done: false, t)))
            .WithName("User_Tasks").WithSummary("The caller's tasks still to do, in open productions");
        user.MapGet("/done-tasks", async (HttpContext c, UserWorkService s, CancellationToken t) => ZouResults.Json(await s.TasksAsync(c.User.ToActor(), done: true, t)))
            .WithName("User_DoneTasks").WithSummary("The caller's finished tasks");
        user.MapGet("/notifications", async (HttpContext c, UserWorkService s, CancellationToken t) =>
            ZouResults.Json(await s.NotificationsAsync(c.User.ToActor(), JsonBody.Query(c.Request), t))).WithName("User_Notifications").WithSummary("The caller's notifications, newest first");
        user.MapPut("/notifications/{notification_id}", async (string notification_id, HttpContext c, UserWorkService s, CancellationToken t) =>
        {
            var id = Ids.Parse(notification_id);
            var body = await JsonBody.ReadObjectAsync(c.Request, t);
            return ZouResults.Json(await s.SetReadAsync(c.User.ToActor(), id, body["read"]?.GetValueKind() != JsonValueKind.False, t));
        }).WithName("User_ReadNotification").WithSummary("Mark a notification read or unread");
        user.MapGet("/filters", async (HttpContext c, UserWorkService s, CancellationToken t) => ZouResults.Json(await s.FiltersAsync(c.User.ToActor(), t)))
            .WithName("User_Filters").WithSummary("The caller's saved searches, by list and production");
        user.MapGet("/chats", async (HttpContext c, UserWorkService s, CancellationToken t) => ZouResults.Json(await s.ChatsAsync(c.User.ToActor(), t)))
            .WithName("User_Chats").WithSummary("The chats the caller takes part in");
        user.MapGet("/projects/{project_id}/task-types/{task_type_id}/sequence-subscriptions", async (string project_id, string task_type_id, HttpContext c, UserWorkService s, CancellationToken t) =>
            ZouResults.Json(await s.SequenceSubscriptionsAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(task_type_id), t)))
            .WithName("User_SequenceSubscriptions").WithSummary("The sequences whose tasks of a type the caller follows");
        user.MapGet("/sequences/{sequence_id}/shots", async (string sequence_id, HttpContext c, UserWorkService s, CancellationToken t) =>
            ZouResults.Json(await s.MyShotsAsync(c.User.ToActor(), Ids.Parse(sequence_id), t))).WithName("User_SequenceShots").WithSummary("The shots of a sequence where the caller has tasks");
        foreach (var (plural, kind) in new[] { ("assets", "Asset"), ("shots", "Shot"), ("scenes", "Scene"), ("sequences", "Sequence") })
        {
            var label = kind.ToLowerInvariant();
            user.MapGet($"/{plural}/{{{label}_id}}/task-types", async (HttpContext c, UserWorkService s, CancellationToken t) =>
                ZouResults.Json(await s.MyTaskTypesAsync(c.User.ToActor(), kind, Ids.Parse(c.Request.RouteValues[$"{label}_id"]?.ToString() ?? ""), t)))
                .WithName($"User_{kind}TaskTypes").WithSummary($"The task types of the caller's tasks on a {label}");
        }

        var actions = api.MapGroup("/actions/user").WithTags("User");
        actions.MapPost("/notifications/mark-all-as-read", async (HttpContext c, UserWorkService s, CancellationToken t) =>
        {
            await s.MarkAllReadAsync(c.User.ToActor(), t);
            return ZouResults.Json(new JsonObject { ["success"] = true });
        }).WithName("User_MarkAllRead").WithSummary("Mark all the caller's notifications read");
        actions.MapPost("/sequences/{sequence_id}/task-types/{task_type_id}/subscribe", async (string sequence_id, string task_type_id, HttpContext c, UserWorkService s, CancellationToken t) =>
        {
            await s.SubscribeSequenceAsync(c.User.ToActor(), Ids.Parse(sequence_id), Ids.Parse(task_type_id), subscribe: true, t);
            return ZouResults.Created(new JsonObject { ["success"] = true });
        }).WithName("User_SubscribeSequence").WithSummary("Follow a sequence's tasks of a type");
        actions.MapDelete("/sequences/{sequence_id}/task-types/{task_type_id}/unsubscribe", async (string sequence_id, string task_type_id, HttpContext c, UserWorkService s, CancellationToken t) =>
        {
            await s.SubscribeSequenceAsync(c.User.ToActor(), Ids.Parse(sequence_id), Ids.Parse(task_type_id), subscribe: false, t);
            return Results.NoContent();
        }).WithName("User_UnsubscribeSequence").WithSummary("Stop following a sequence's tasks of a type");

        api.MapGroup("/data/projects").WithTags("User")
            .MapGet("/{project_id}/subscriptions", async (string project_id, HttpContext c, UserWorkService s, CancellationToken t) =>
                ZouResults.Json(await s.ProjectSubscriptionsAsync(c.User.ToActor(), Ids.Parse(project_id), t)))
            .WithName("Projects_Subscriptions").WithSummary("Who follows which task of a production");
        return api;
    }
}
