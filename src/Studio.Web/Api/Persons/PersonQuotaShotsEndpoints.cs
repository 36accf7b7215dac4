using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Planning;
using Studio.Domain.Timesheets;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Timesheets;

namespace Studio.Web.Api.Persons;

/// <summary>
/// Zou's <c>/data/persons/&lt;id&gt;/quota-shots</c>: the shots that count towards a person's quota over a month, an ISO
/// week or a day, for a production (<c>project_id</c>) and a task type (<c>task_type_id</c>), counted as
/// <c>count_mode</c> says (weighted, weighteddone, feedback or done).
/// </summary>
public static class PersonQuotaShotsEndpoints
{
    public static IEndpointRouteBuilder MapPersonQuotaShotsEndpoints(this IEndpointRouteBuilder api)
    {
        var quota = api.MapGroup("/data/persons/{person_id}/quota-shots").WithTags("Persons");
        quota.MapGet("/month/{year}/{month}", Month).WithName("Persons_MonthQuotaShots").WithSummary("The shots counting towards a person's quota in a month");
        quota.MapGet("/week/{year}/{week}", Week).WithName("Persons_WeekQuotaShots").WithSummary("The shots counting towards a person's quota in an ISO week");
        quota.MapGet("/day/{year}/{month}/{day}", Day).WithName("Persons_DayQuotaShots").WithSummary("The shots counting towards a person's quota on a day");
        return api;
    }

    private static Task<IResult> Month(ZouId person_id, string year, string month, HttpRequest request, Actor actor, QuotaService service, CancellationToken cancellationToken) =>
        ShotsAsync(person_id, () => TimesheetService.MonthInterval(TimesheetJson.Number(year), TimesheetJson.Number(month)), request, actor, service, cancellationToken);

    private static Task<IResult> Week(ZouId person_id, string year, string week, HttpRequest request, Actor actor, QuotaService service, CancellationToken cancellationToken) =>
        ShotsAsync(person_id, () => TimesheetService.WeekInterval(TimesheetJson.Number(year), TimesheetJson.Number(week)), request, actor, service, cancellationToken);

    private static Task<IResult> Day(ZouId person_id, string year, string month, string day, HttpRequest request, Actor actor, QuotaService service,
        CancellationToken cancellationToken) =>
        ShotsAsync(person_id, () => TimesheetService.DayInterval(TimesheetJson.Number(year), TimesheetJson.Number(month), TimesheetJson.Number(day)), request, actor, service,
            cancellationToken);

    /// <summary>ZOU: the count mode is checked before the period (a bad one is a 400 whatever the dates).</summary>
    private static async Task<IResult> ShotsAsync(Guid personId, Func<(DateOnly Start, DateOnly End)> period, HttpRequest request, Actor actor, QuotaService service,
        CancellationToken cancellationToken)
    {
        var count = QuotaCount.Parse(request.Query["count_mode"].FirstOrDefault());
        var (start, end) = period();
        var shots = await service.PersonShotsAsync(actor, personId, start, end, JsonBody.QueryId(request, "project_id"), JsonBody.QueryId(request, "task_type_id"), count,
            cancellationToken);
        return ZouResults.Json(new JsonArray([.. shots.Select(Row)]));
    }

    /// <summary>ZOU: the shot as its own route gives it, with its full name and the share of it that counts.</summary>
    private static JsonNode Row(QuotaShot shot)
    {
        var row = ZouSerializer.Serialize(shot.Shot);
        row["full_name"] = shot.FullName;
        row["weight"] = shot.Weight;
        return row;
    }
}
