using Studio.Domain.Access;
using Studio.Domain.Timesheets;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Tasks;

namespace Studio.Web.Api.Tasks;

/// <summary>Zou's time-spent actions on a task: what was logged (every day, or one), and logging, adding, removing a day's time.</summary>
public static class TaskTimeSpentsEndpoints
{
    private static readonly BodySchema DurationSchema = new BodySchema().Field("duration", BodyField.Number, required: true);

    public static IEndpointRouteBuilder MapTaskTimeSpentsEndpoints(this IEndpointRouteBuilder api)
    {
        var actions = api.MapGroup("/actions/tasks/{task_id}").WithTags("Tasks");
        actions.MapGet("/time-spents", List).WithName("Tasks_TimeSpents").WithSummary("The time logged on a task, by person, with its total");
        actions.MapGet("/time-spents/{date}", ListOfDay).WithName("Tasks_TimeSpentsOfDay").WithSummary("The time logged on a task on one day, by person, with its total");
        actions.MapPost("/time-spents/{date}/persons/{person_id}", Set).WithName("Tasks_SetTimeSpent").WithSummary("Set the time a person spent on a task on one day");
        actions.MapDelete("/time-spents/{date}/persons/{person_id}", Delete).WithName("Tasks_DeleteTimeSpent").WithSummary("Remove the time a person logged on a task on one day");
        actions.MapPost("/time-spents/{date}/persons/{person_id}/add", Add).WithName("Tasks_AddTimeSpent").WithSummary("Add to the time a person spent on a task on one day");
        return api;
    }

    private static async Task<IResult> List(ZouId task_id, Actor actor, TaskTimeSpentService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TimeSpentJson.ByPerson(await service.ListAsync(actor, task_id, null, cancellationToken)));

    private static async Task<IResult> ListOfDay(ZouId task_id, string date, Actor actor, TaskTimeSpentService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TimeSpentJson.ByPerson(await service.ListAsync(actor, task_id, TimeSpentJson.Day(date), cancellationToken)));

    private static Task<IResult> Set(ZouId task_id, string date, ZouId person_id, HttpRequest request, Actor actor, TaskTimeSpentService service, CancellationToken cancellationToken) =>
        WriteAsync(task_id, date, person_id, add: false, request, actor, service, cancellationToken);

    private static Task<IResult> Add(ZouId task_id, string date, ZouId person_id, HttpRequest request, Actor actor, TaskTimeSpentService service, CancellationToken cancellationToken) =>
        WriteAsync(task_id, date, person_id, add: true, request, actor, service, cancellationToken);

    private static async Task<IResult> Delete(ZouId task_id, string date, ZouId person_id, Actor actor, TaskTimeSpentService service, CancellationToken cancellationToken) =>
        ZouResults.Created(TimeSpentJson.Row(await service.DeleteAsync(actor, task_id, person_id, TimeSpentJson.Day(date), cancellationToken)));

    private static async Task<IResult> WriteAsync(Guid taskId, string date, Guid personId, bool add, HttpRequest request, Actor actor, TaskTimeSpentService service,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        DurationSchema.Validate(body);
        var day = TimeSpentJson.Day(date);
        return ZouResults.Created(TimeSpentJson.Row(await service.SetAsync(actor, taskId, personId, day, body["duration"]!.GetValue<double>(), add, cancellationToken)));
    }
}
