using Studio.Domain.Access;
using Studio.Domain.Tasks;
using Studio.Domain.Timesheets;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Tasks;
using Studio.Web.Api.Zou.Timesheets;

namespace Studio.Web.Api.Persons;

/// <summary>
/// Zou's <c>/data/persons</c> timesheet routes: a person's tasks, the time they logged (rows, or per task over a day,
/// week, month or year), everybody's time as tables, and days off.
/// </summary>
public static class PersonTimeEndpoints
{
    public static IEndpointRouteBuilder MapPersonTimeEndpoints(this IEndpointRouteBuilder api)
    {
        var persons = api.MapGroup("/data/persons").WithTags("Persons");
        persons.MapGet("/{person_id}/tasks", Tasks).WithName("Persons_Tasks").WithSummary("A person's unfinished tasks in the open productions the caller shares");
        persons.MapGet("/{person_id}/done-tasks", DoneTasks).WithName("Persons_DoneTasks").WithSummary("A person's finished tasks in the open productions the caller shares");

        persons.MapGet("/{person_id}/time-spents", TimeSpents).WithName("Persons_TimeSpents").WithSummary("Every time spent of a person, or those of a range of days (administrators)");
        persons.MapPost("/{person_id}/time-spents", LogTime).WithName("Persons_LogTime").WithSummary("Set the time a person spent on a task on one day");
        persons.MapGet("/{person_id}/time-spents/{date}", DayTimeSpents).WithName("Persons_DayTimeSpents").WithSummary("The time spents a person logged on one day");
        persons.MapGet("/{person_id}/time-spents/year/{year}", YearTotals).WithName("Persons_YearTime").WithSummary("A person's time per task over a year");
        persons.MapGet("/{person_id}/time-spents/month/{year}/{month}", MonthTotals).WithName("Persons_MonthTime").WithSummary("A person's time per task over a month");
        persons.MapGet("/{person_id}/time-spents/month/all/{year}/{month}", MonthRows).WithName("Persons_MonthTimeSpents").WithSummary("Every time spent a person logged in a month");
        persons.MapGet("/{person_id}/time-spents/week/{year}/{week}", WeekTotals).WithName("Persons_WeekTime").WithSummary("A person's time per task over an ISO week");
        persons.MapGet("/{person_id}/time-spents/day/{year}/{month}/{day}", DayTotals).WithName("Persons_DayTime").WithSummary("A person's time per task on one day");

        persons.MapGet("/time-spents/year-table", YearTable).WithName("Persons_YearTable").WithSummary("Minutes logged by person and year");
        persons.MapGet("/time-spents/month-table/{year}", MonthTable).WithName("Persons_MonthTable").WithSummary("Minutes logged by person and month of a year");
        persons.MapGet("/time-spents/week-table/{year}", WeekTable).WithName("Persons_WeekTable").WithSummary("Minutes logged by person and ISO week of a year");
        persons.MapGet("/time-spents/day-table/{year}/{month}", DayTable).WithName("Persons_DayTable").WithSummary("Minutes logged by person and day of a month");

        persons.MapGet("/day-offs/{year}/{month}", MonthDayOffs).WithName("Persons_MonthDayOffs").WithSummary("The days off of a month (everybody's for administrators)");
        persons.MapGet("/{person_id}/day-offs", PersonDayOffs).WithName("Persons_DayOffs").WithSummary("Every day off of a person");
        persons.MapGet("/{person_id}/day-offs/{date}", DayOff).WithName("Persons_DayOff").WithSummary("The day off of a person that covers a date, or {}");
        persons.MapPut("/{person_id}/day-offs/{date}", SetDayOff).WithName("Persons_SetDayOff").WithSummary("Record, or change the end and reason of, a person's day off on a date");
        persons.MapDelete("/{person_id}/day-offs/{date}", RemoveDayOff).WithName("Persons_RemoveDayOff").WithSummary("Remove the day off of a person that covers a date");
        persons.MapGet("/{person_id}/day-offs/week/{year}/{week}", WeekDayOffs).WithName("Persons_WeekDayOffs").WithSummary("A person's days off in an ISO week");
        persons.MapGet("/{person_id}/day-offs/month/{year}/{month}", PersonMonthDayOffs).WithName("Persons_PersonMonthDayOffs").WithSummary("A person's days off in a month");
        persons.MapGet("/{person_id}/day-offs/year/{year}", YearDayOffs).WithName("Persons_YearDayOffs").WithSummary("A person's days off in a year");
        return api;
    }

    private static async Task<IResult> Tasks(ZouId person_id, Actor actor, MyTasksService service, CancellationToken cancellationToken) =>
        ZouResults.Json(MyTaskJson.Rows(await service.PersonTasksAsync(actor, person_id, done: false, cancellationToken)));

    private static async Task<IResult> DoneTasks(ZouId person_id, Actor actor, MyTasksService service, CancellationToken cancellationToken) =>
        ZouResults.Json(MyTaskJson.Rows(await service.PersonTasksAsync(actor, person_id, done: true, cancellationToken)));

    private static async Task<IResult> TimeSpents(ZouId person_id, HttpRequest request, Actor actor, TimesheetService service, CancellationToken cancellationToken)
    {
        var (start, end) = TimesheetJson.QueryRange(request);
        return ZouResults.Json(ZouSerializer.SerializeList(await service.PersonRowsAsync(actor, person_id, start, end, cancellationToken)));
    }

    /// <summary>Not a Zou 1.0.67 route (its table lists the method, its code answers 405): logging as the task action does, same rules.</summary>
    private static async Task<IResult> LogTime(ZouId person_id, HttpRequest request, Actor actor, TaskTimeSpentService service, CancellationToken cancellationToken)
    {
        var (task, date, minutes) = await TimesheetJson.ReadTimeSpentAsync(request, cancellationToken);
        return ZouResults.Created(TimeSpentJson.Row(await service.SetAsync(actor, task, person_id, date, minutes, add: false, cancellationToken)));
    }

    private static async Task<IResult> DayTimeSpents(ZouId person_id, string date, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await service.PersonDayAsync(actor, person_id, TimeSpentJson.Day(date, "Invalid month or year."), cancellationToken)));

    private static Task<IResult> YearTotals(ZouId person_id, string year, HttpRequest request, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        TotalsAsync(person_id, TimesheetService.YearInterval(TimesheetJson.Number(year, "Invalid date format.")), request, actor, service, cancellationToken);

    private static Task<IResult> MonthTotals(ZouId person_id, string year, string month, HttpRequest request, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        TotalsAsync(person_id, TimesheetService.MonthInterval(TimesheetJson.Number(year), TimesheetJson.Number(month)), request, actor, service, cancellationToken);

    private static Task<IResult> WeekTotals(ZouId person_id, string year, string week, HttpRequest request, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        TotalsAsync(person_id, TimesheetService.WeekInterval(TimesheetJson.Number(year), TimesheetJson.Number(week)), request, actor, service, cancellationToken);

    private static Task<IResult> DayTotals(ZouId person_id, string year, string month, string day, HttpRequest request, Actor actor, TimesheetService service,
        CancellationToken cancellationToken) =>
        TotalsAsync(person_id, TimesheetService.DayInterval(TimesheetJson.Number(year), TimesheetJson.Number(month), TimesheetJson.Number(day)), request, actor, service,
            cancellationToken);

    private static async Task<IResult> TotalsAsync(Guid personId, (DateOnly Start, DateOnly End) period, HttpRequest request, Actor actor, TimesheetService service,
        CancellationToken cancellationToken) =>
        ZouResults.Json(TimesheetJson.Totals(await service.PersonTotalsAsync(actor, personId, period.Start, period.End, JsonBody.QueryId(request, "project_id"), cancellationToken)));

    private static async Task<IResult> MonthRows(ZouId person_id, string year, string month, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await service.PersonMonthRowsAsync(actor, person_id, TimesheetJson.Number(year), TimesheetJson.Number(month), cancellationToken)));

    private static Task<IResult> YearTable(HttpRequest request, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        TableAsync(TimeTableLevel.Year, null, null, request, actor, service, cancellationToken);

    private static Task<IResult> MonthTable(string year, HttpRequest request, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        TableAsync(TimeTableLevel.Month, TimesheetJson.Number(year), null, request, actor, service, cancellationToken);

    private static Task<IResult> WeekTable(string year, HttpRequest request, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        TableAsync(TimeTableLevel.Week, TimesheetJson.Number(year), null, request, actor, service, cancellationToken);

    private static Task<IResult> DayTable(string year, string month, HttpRequest request, Actor actor, TimesheetService service, CancellationToken cancellationToken) =>
        TableAsync(TimeTableLevel.Day, TimesheetJson.Number(year), TimesheetJson.Number(month), request, actor, service, cancellationToken);

    private static async Task<IResult> TableAsync(TimeTableLevel level, int? year, int? month, HttpRequest request, Actor actor, TimesheetService service,
        CancellationToken cancellationToken)
    {
        var table = await service.TableAsync(actor, level, year, month, JsonBody.QueryId(request, "project_id"), JsonBody.QueryId(request, "department_id"),
            JsonBody.QueryId(request, "studio_id"), cancellationToken);
        return ZouResults.Json(TimesheetJson.Table(table));
    }

    private static async Task<IResult> MonthDayOffs(string year, string month, Actor actor, DayOffService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await service.OfMonthAsync(actor, TimesheetJson.Number(year), TimesheetJson.Number(month), cancellationToken)));

    private static async Task<IResult> PersonDayOffs(ZouId person_id, Actor actor, DayOffService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await service.OfPersonAsync(actor, person_id, null, null, cancellationToken)));

    private static async Task<IResult> DayOff(ZouId person_id, string date, Actor actor, DayOffService service, CancellationToken cancellationToken) =>
        ZouResults.Json(TimesheetJson.DayOffOrEmpty(await service.OnDateAsync(actor, person_id, TimeSpentJson.Day(date), cancellationToken)));

    /// <summary>Not a Zou 1.0.67 route (its table lists the methods, its code answers 405): the day-off rules of the CRUD route apply.</summary>
    private static async Task<IResult> SetDayOff(ZouId person_id, string date, HttpRequest request, Actor actor, DayOffService service, CancellationToken cancellationToken)
    {
        var day = TimeSpentJson.Day(date);
        var (end, description) = await TimesheetJson.ReadDayOffAsync(request, cancellationToken);
        return ZouResults.Json(ZouSerializer.Serialize(await service.SetOnDateAsync(actor, person_id, day, end, description, cancellationToken)));
    }

    private static async Task<IResult> RemoveDayOff(ZouId person_id, string date, Actor actor, DayOffService service, CancellationToken cancellationToken)
    {
        await service.RemoveOnDateAsync(actor, person_id, TimeSpentJson.Day(date), cancellationToken);
        return Results.NoContent();
    }

    private static Task<IResult> WeekDayOffs(ZouId person_id, string year, string week, Actor actor, DayOffService service, CancellationToken cancellationToken) =>
        DayOffsAsync(person_id, TimesheetService.WeekInterval(TimesheetJson.Number(year), TimesheetJson.Number(week)), actor, service, cancellationToken);

    private static Task<IResult> PersonMonthDayOffs(ZouId person_id, string year, string month, Actor actor, DayOffService service, CancellationToken cancellationToken) =>
        DayOffsAsync(person_id, TimesheetService.MonthInterval(TimesheetJson.Number(year), TimesheetJson.Number(month)), actor, service, cancellationToken);

    private static Task<IResult> YearDayOffs(ZouId person_id, string year, Actor actor, DayOffService service, CancellationToken cancellationToken) =>
        DayOffsAsync(person_id, TimesheetService.YearInterval(TimesheetJson.Number(year)), actor, service, cancellationToken);

    private static async Task<IResult> DayOffsAsync(Guid personId, (DateOnly Start, DateOnly End) period, Actor actor, DayOffService service, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await service.OfPersonAsync(actor, personId, period.Start, period.End, cancellationToken)));
}
