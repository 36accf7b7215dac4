using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Breakdown;
using Studio.Domain.Chats;
using Studio.Domain.Persons;
using Studio.Domain.SearchFilters;
using Studio.Domain.Tasks;
using Studio.Domain.Timesheets;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Breakdown;
using Studio.Web.Api.Zou.Persons;
using Studio.Web.Api.Zou.SearchFilters;
using Studio.Web.Api.Zou.Tasks;
using Studio.Web.Api.Zou.Timesheets;
using Studio.Web.Auth;

namespace Studio.Web.Api.User;

/// <summary>Zou's <c>user</c> blueprint: the caller's tasks, notifications, filters, chats and subscriptions.</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var user = api.MapGroup("/data/user").WithTags("User");
        user.MapGet("/context", Context).WithName("User_Context").WithSummary("Everything the client loads at sign-in");
        user.MapGet("/tasks", async (Actor a, MyTasksService s, CancellationToken t) => ZouResults.Json(MyTaskJson.Rows(await s.TasksAsync(a, done: false, t))))
            .WithName("User_Tasks").WithSummary("The caller's tasks still to do, in open productions");
        user.MapGet("/tasks-to-check", async (Actor a, MyTasksService s, CancellationToken t) => ZouResults.Json(MyTaskJson.Rows(await s.TasksToCheckAsync(a, t))))
            .WithName("User_TasksToCheck").WithSummary("The tasks waiting for the caller's feedback");
        user.MapGet("/done-tasks", async (Actor a, MyTasksService s, CancellationToken t) => ZouResults.Json(MyTaskJson.Rows(await s.TasksAsync(a, done: true, t))))
            .WithName("User_DoneTasks").WithSummary("The caller's finished tasks");
        user.MapGet("/notifications", Notifications).WithName("User_Notifications").WithSummary("The caller's notifications, newest first");
        user.MapGet("/notifications/{notification_id}", Notification).WithName("User_Notification").WithSummary("One of the caller's notifications");
        user.MapPut("/notifications/{notification_id}", ReadNotification).WithName("User_ReadNotification").WithSummary("Mark a notification read or unread");
        user.MapGet("/filters", Filters).WithName("User_Filters").WithSummary("The caller's saved searches, by list and production");
        user.MapPost("/filters", CreateFilter).WithName("User_CreateFilter").WithSummary("Save a search");
        user.MapPut("/filters/{filter_id}", UpdateFilter).WithName("User_UpdateFilter").WithSummary("Change a saved search");
        user.MapDelete("/filters/{filter_id}", DeleteFilter).WithName("User_DeleteFilter").WithSummary("Remove a saved search");
        user.MapGet("/filter-groups", FilterGroups).WithName("User_FilterGroups").WithSummary("The caller's groups of saved searches");
        user.MapPost("/filter-groups", CreateFilterGroup).WithName("User_CreateFilterGroup").WithSummary("Create a group of saved searches");
        user.MapGet("/filter-groups/{filter_group_id}", FilterGroup).WithName("User_FilterGroup").WithSummary("One group of saved searches");
        user.MapPut("/filter-groups/{filter_group_id}", UpdateFilterGroup).WithName("User_UpdateFilterGroup").WithSummary("Change a group of saved searches");
        user.MapDelete("/filter-groups/{filter_group_id}", DeleteFilterGroup).WithName("User_DeleteFilterGroup").WithSummary("Remove a group and its saved searches");
        user.MapGet("/chats", async (Actor a, UserWorkService s, CancellationToken t) => ZouResults.Json(UserWorkJson.Chats(await s.ChatsAsync(a, t))))
            .WithName("User_Chats").WithSummary("The chats the caller takes part in");
        user.MapGet("/projects/{project_id}/task-types/{task_type_id}/sequence-subscriptions", SequenceSubscriptions)
            .WithName("User_SequenceSubscriptions").WithSummary("The sequences whose tasks of a type the caller follows");
        user.MapGet("/sequences/{sequence_id}/shots", SequenceShots).WithName("User_SequenceShots").WithSummary("The shots of a sequence where the caller has tasks");
        foreach (var (plural, kind) in new[] { ("assets", "Asset"), ("shots", "Shot"), ("scenes", "Scene"), ("sequences", "Sequence") })
        {
            var label = kind.ToLowerInvariant();
            user.MapGet($"/{plural}/{{{label}_id}}/task-types", (HttpContext c, Actor a, UserWorkService s, CancellationToken t) => MyTaskTypes(kind, EntityId(c, label), a, s, t))
                .WithName($"User_{kind}TaskTypes").WithSummary($"The task types of the caller's tasks on a {label}");
        }

        user.MapGet("/time-spents", TimeSpents).WithName("User_TimeSpents").WithSummary("The caller's time spents, all or of a range of days");
        user.MapPost("/time-spents", LogTime).WithName("User_LogTime").WithSummary("Set the time the caller spent on a task on one day");
        user.MapGet("/time-spents/{date}", DayTimeSpents).WithName("User_DayTimeSpents").WithSummary("The time spents the caller logged on one day");
        user.MapGet("/tasks/{task_id}/time-spents/{date}", TaskDayTimeSpent).WithName("User_TaskDayTimeSpent").WithSummary("The time the caller logged on a task on one day, or null");
        user.MapGet("/day-offs/{date}", DayOff).WithName("User_DayOff").WithSummary("The caller's day off that covers a date, or {}");
        user.MapPut("/day-offs/{date}", SetDayOff).WithName("User_SetDayOff").WithSummary("Record, or change the end and reason of, the caller's day off on a date");
        user.MapDelete("/day-offs/{date}", RemoveDayOff).WithName("User_RemoveDayOff").WithSummary("Remove the caller's day off that covers a date");
        user.MapGet("/desktop-login-logs", DesktopLogins).WithName("User_DesktopLogins").WithSummary("The caller's desktop sign-ins, newest first");
        user.MapPost("/desktop-login-logs", AddDesktopLogin).WithName("User_AddDesktopLogin").WithSummary("Record a desktop sign-in of the caller");

        var actions = api.MapGroup("/actions/user").WithTags("User");
        actions.MapDelete("/clear-avatar", ClearAvatar).WithName("User_ClearAvatar").WithSummary("Remove the caller's avatar");
        actions.MapPost("/chats/{entity_id}/join", JoinChat).WithName("User_JoinChat").WithSummary("Join an entity's chat");
        actions.MapDelete("/chats/{entity_id}/join", LeaveChat).WithName("User_LeaveChat").WithSummary("Leave an entity's chat");
        actions.MapPost("/notifications/mark-all-as-read", MarkAllRead).WithName("User_MarkAllRead").WithSummary("Mark all the caller's notifications read");
        actions.MapPost("/sequences/{sequence_id}/task-types/{task_type_id}/subscribe", SubscribeSequence).WithName("User_SubscribeSequence").WithSummary("Follow a sequence's tasks of a type");
        actions.MapDelete("/sequences/{sequence_id}/task-types/{task_type_id}/unsubscribe", UnsubscribeSequence).WithName("User_UnsubscribeSequence").WithSummary("Stop following a sequence's tasks of a type");

        api.MapGroup("/data/projects").WithTags("User")
            .MapGet("/{project_id}/subscriptions", async (ZouId project_id, Actor a, UserWorkService s, CancellationToken t) =>
                ZouResults.Json(TaskJson.Rows(await s.ProjectSubscriptionsAsync(a, project_id, t))))
            .WithName("Projects_Subscriptions").WithSummary("Who follows which task of a production");
        return api;
    }

    /// <summary>The context, with the asset types and saved searches that the breakdown and saved-search services read.</summary>
    private static async Task<IResult> Context(Actor actor, UserContextService service, BreakdownQueries breakdown, UserFiltersService filters, CancellationToken cancellationToken)
    {
        var assetTypes = BreakdownJson.AssetTypes(await breakdown.AllAssetTypesAsync(cancellationToken));
        var context = await service.ContextAsync(actor, cancellationToken);
        var searchFilters = SearchFilterJson.Map(await filters.FiltersAsync(actor, cancellationToken));
        var searchFilterGroups = SearchFilterJson.Map(await filters.GroupsAsync(actor, cancellationToken));
        return ZouResults.Json(UserContextJson.Context(context, assetTypes, searchFilters, searchFilterGroups));
    }

    private static async Task<IResult> Notifications(HttpRequest request, Actor actor, UserWorkService service, CancellationToken cancellationToken) =>
        ZouResults.Json(NotificationJson.List(await service.NotificationsAsync(actor, NotificationQuery.Parse(request), cancellationToken)));

    private static async Task<IResult> Notification(ZouId notification_id, Actor actor, UserWorkService service, CancellationToken cancellationToken) =>
        ZouResults.Json(NotificationJson.One(await service.NotificationAsync(actor, notification_id, cancellationToken)));

    /// <summary>ZOU: <c>{"read": false}</c> marks the notification unread; any other body marks it read.</summary>
    private static async Task<IResult> ReadNotification(ZouId notification_id, HttpRequest request, Actor actor, UserWorkService service, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        var read = body["read"]?.GetValueKind() != JsonValueKind.False;
        return ZouResults.Json(NotificationJson.One(await service.SetReadAsync(actor, notification_id, read, cancellationToken)));
    }

    private static async Task<IResult> SequenceSubscriptions(ZouId project_id, ZouId task_type_id, Actor actor, UserWorkService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.IdList(await service.SequenceSubscriptionsAsync(actor, project_id, task_type_id, cancellationToken)));

    private static async Task<IResult> SequenceShots(ZouId sequence_id, Actor actor, UserWorkService service, CancellationToken cancellationToken) =>
        ZouResults.Json(UserWorkJson.Shots(await service.MyShotsAsync(actor, sequence_id, cancellationToken)));

    private static async Task<IResult> MyTaskTypes(string kind, ZouId entityId, Actor actor, UserWorkService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TaskJson.Rows(await service.MyTaskTypesAsync(actor, kind, entityId, cancellationToken)));

    private static async Task<IResult> MarkAllRead(Actor actor, UserWorkService service, CancellationToken cancellationToken)
    {
        await service.MarkAllReadAsync(actor, cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true });
    }

    private static async Task<IResult> SubscribeSequence(ZouId sequence_id, ZouId task_type_id, Actor actor, UserWorkService service, CancellationToken cancellationToken)
    {
        await service.SubscribeSequenceAsync(actor, sequence_id, task_type_id, subscribe: true, cancellationToken);
        return ZouResults.Created(new JsonObject { ["success"] = true });
    }

    private static async Task<IResult> UnsubscribeSequence(ZouId sequence_id, ZouId task_type_id, Actor actor, UserWorkService service, CancellationToken cancellationToken)
    {
        await service.SubscribeSequenceAsync(actor, sequence_id, task_type_id, subscribe: false, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Filters(Actor actor, UserFiltersService service, CancellationToken cancellationToken) =>
        ZouResults.Json(SearchFilterJson.Map(await service.FiltersAsync(actor, cancellationToken)));

    private static async Task<IResult> CreateFilter(HttpRequest request, Actor actor, UserFiltersService service, CancellationToken cancellationToken)
    {
        var draft = SearchFilterBody.Filter(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Created(ZouSerializer.Serialize(await service.CreateFilterAsync(actor, draft, cancellationToken)));
    }

    private static async Task<IResult> UpdateFilter(ZouId filter_id, HttpRequest request, Actor actor, UserFiltersService service, CancellationToken cancellationToken)
    {
        var changes = SearchFilterBody.FilterChanges(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Json(ZouSerializer.Serialize(await service.UpdateFilterAsync(actor, filter_id, changes, cancellationToken)));
    }

    private static async Task<IResult> DeleteFilter(ZouId filter_id, Actor actor, UserFiltersService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync<SearchFilter>(actor, filter_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> FilterGroups(Actor actor, UserFiltersService service, CancellationToken cancellationToken) =>
        ZouResults.Json(SearchFilterJson.Map(await service.GroupsAsync(actor, cancellationToken)));

    private static async Task<IResult> CreateFilterGroup(HttpRequest request, Actor actor, UserFiltersService service, CancellationToken cancellationToken)
    {
        var draft = SearchFilterBody.Group(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Created(ZouSerializer.Serialize(await service.CreateGroupAsync(actor, draft, cancellationToken)));
    }

    private static async Task<IResult> FilterGroup(ZouId filter_group_id, Actor actor, UserFiltersService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.Serialize(await service.GroupAsync(actor, filter_group_id, cancellationToken)));

    private static async Task<IResult> UpdateFilterGroup(ZouId filter_group_id, HttpRequest request, Actor actor, UserFiltersService service, CancellationToken cancellationToken)
    {
        var changes = SearchFilterBody.GroupChanges(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Json(ZouSerializer.Serialize(await service.UpdateGroupAsync(actor, filter_group_id, changes, cancellationToken)));
    }

    private static async Task<IResult> DeleteFilterGroup(ZouId filter_group_id, Actor actor, UserFiltersService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync<SearchFilterGroup>(actor, filter_group_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> JoinChat(string entity_id, HttpContext context, EntityChatService service, CancellationToken cancellationToken) =>
        ZouResults.Json(Zou.Chats.ChatJson.Chat(await service.JoinAsync(context.User.ToActor(), Ids.Parse(entity_id), cancellationToken)));

    private static async Task<IResult> LeaveChat(string entity_id, HttpContext context, EntityChatService service, CancellationToken cancellationToken)
    {
        await service.LeaveAsync(context.User.ToActor(), Ids.Parse(entity_id), cancellationToken);
        return Results.NoContent();
    }

    /// <summary>The entity id of the per-kind routes, whose parameter is named after the kind (<c>{asset_id}</c>, <c>{shot_id}</c>…).</summary>
    private static ZouId EntityId(HttpContext context, string label) => ZouId.Parse(context.Request.RouteValues[$"{label}_id"]?.ToString() ?? "", null);

    private static async Task<IResult> DesktopLogins(Actor actor, PresenceService presence, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await presence.DesktopLoginsAsync(actor, actor.PersonId, cancellationToken)));

    private static async Task<IResult> AddDesktopLogin(HttpRequest request, Actor actor, PresenceService presence, CancellationToken cancellationToken)
    {
        var date = PersonBodies.LoginDate(await JsonBody.ReadOptionalObjectAsync(request, cancellationToken));
        return ZouResults.Created(ZouSerializer.Serialize(await presence.AddDesktopLoginAsync(actor, actor.PersonId, date, cancellationToken)));
    }

    private static async Task<IResult> ClearAvatar(Actor actor, Studio.Media.ThumbnailService thumbnails, CancellationToken cancellationToken)
    {
        await thumbnails.ClearMyAvatarAsync(actor, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> TimeSpents(HttpRequest request, Actor actor, TimesheetService timesheets, CancellationToken cancellationToken)
    {
        var (start, end) = TimesheetJson.QueryRange(request);
        return ZouResults.Json(ZouSerializer.SerializeList(await timesheets.MyRowsAsync(actor, start, end, cancellationToken)));
    }

    private static async Task<IResult> DayTimeSpents(string date, Actor actor, TimesheetService timesheets, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await timesheets.PersonDayAsync(actor, actor.PersonId, TimeSpentJson.Day(date, "Wrong date format."), cancellationToken)));

    private static async Task<IResult> TaskDayTimeSpent(ZouId task_id, string date, Actor actor, TimesheetService timesheets, CancellationToken cancellationToken) =>
        ZouResults.Json(await timesheets.MyTaskDayAsync(actor, task_id, TimeSpentJson.Day(date, "Wrong date format."), cancellationToken) is { } row ? ZouSerializer.Serialize(row) : null);

    private static async Task<IResult> DayOff(string date, Actor actor, DayOffService dayOffs, CancellationToken cancellationToken) =>
        ZouResults.Json(TimesheetJson.DayOffOrEmpty(await dayOffs.OnDateAsync(actor, actor.PersonId, TimeSpentJson.Day(date, "Wrong date format."), cancellationToken)));

    /// <summary>Not a Zou 1.0.67 route (its table lists the method, its code answers 405): logging as the task action does, same rules.</summary>
    private static async Task<IResult> LogTime(HttpRequest request, Actor actor, TaskTimeSpentService service, CancellationToken cancellationToken)
    {
        var (task, date, minutes) = await TimesheetJson.ReadTimeSpentAsync(request, cancellationToken);
        return ZouResults.Created(TimeSpentJson.Row(await service.SetAsync(actor, task, actor.PersonId, date, minutes, add: false, cancellationToken)));
    }

    /// <summary>Not a Zou 1.0.67 route (its table lists the methods, its code answers 405): the day-off rules of the CRUD route apply.</summary>
    private static async Task<IResult> SetDayOff(string date, HttpRequest request, Actor actor, DayOffService dayOffs, CancellationToken cancellationToken)
    {
        var day = TimeSpentJson.Day(date, "Wrong date format.");
        var (end, description) = await TimesheetJson.ReadDayOffAsync(request, cancellationToken);
        return ZouResults.Json(ZouSerializer.Serialize(await dayOffs.SetOnDateAsync(actor, actor.PersonId, day, end, description, cancellationToken)));
    }

    private static async Task<IResult> RemoveDayOff(string date, Actor actor, DayOffService dayOffs, CancellationToken cancellationToken)
    {
        await dayOffs.RemoveOnDateAsync(actor, actor.PersonId, TimeSpentJson.Day(date, "Wrong date format."), cancellationToken);
        return Results.NoContent();
    }
}
