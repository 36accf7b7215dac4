using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Studio.Domain.Access;
using Studio.Domain.Mail;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Media;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.Persons;
using Studio.Web.Api.Zou.Timesheets;

namespace Studio.Web.Api.Persons;

/// <summary>Zou's <c>persons</c> blueprint: a person's account actions, departments, desktop sign-ins and the presence sheet.</summary>
public static class PersonsEndpoints
{
    public static IEndpointRouteBuilder MapPersonsEndpoints(this IEndpointRouteBuilder api)
    {
        var actions = api.MapGroup("/actions/persons").WithTags("Persons");
        actions.MapPost("/{person_id}/change-password", ChangePassword).WithName("Persons_ChangePassword").WithSummary("An admin sets a person's password");
        actions.MapGet("/{person_id}/invite", Invite).WithName("Persons_Invite").WithSummary("E-mail a person a link to choose their password");
        actions.MapPost("/{person_id}/reset-password-link", ResetPasswordLink).WithName("Persons_ResetPasswordLink")
            .WithSummary("A link for a person to choose their password, to share another way than e-mail");
        actions.MapDelete("/{person_id}/disable-two-factor-authentication", DisableSecondFactors).WithName("Persons_DisableSecondFactors")
            .WithSummary("An administrator turns off a person's second factors");
        actions.MapDelete("/{person_id}/clear-avatar", ClearAvatar).WithName("Persons_ClearAvatar").WithSummary("An administrator removes a person's avatar");
        actions.MapPost("/{person_id}/departments/add", AddToDepartment).WithName("Persons_AddToDepartment").WithSummary("Put a person in a department");
        actions.MapDelete("/{person_id}/departments/{department_id}", RemoveFromDepartment).WithName("Persons_RemoveFromDepartment")
            .WithSummary("Take a person out of a department");

        var data = api.MapGroup("/data/persons").WithTags("Persons");
        data.MapGet("/{person_id}/desktop-login-logs", DesktopLogins).WithName("Persons_DesktopLogins").WithSummary("A person's desktop sign-ins, newest first");
        data.MapPost("/{person_id}/desktop-login-logs", AddDesktopLogin).WithName("Persons_AddDesktopLogin").WithSummary("Record a desktop sign-in of a person");
        data.MapGet("/presence-logs/{month_date}", PresenceLogs).WithName("Persons_PresenceLogs").WithSummary("The month's presence sheet (CSV): who signed in on the desktop on which day");
        return api;
    }

    private static async Task<IResult> ChangePassword(ZouId person_id, HttpRequest request, Actor actor, PersonsService persons, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        await persons.ChangePasswordAsync(actor, person_id, JsonBody.GetString(body, "password"), JsonBody.GetString(body, "password_2"), cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true });
    }

    private static async Task<IResult> DisableSecondFactors(ZouId person_id, Actor actor, PersonsService persons, Mailer mailer, CancellationToken cancellationToken)
    {
        await persons.DisableSecondFactorsAsync(actor, person_id, mailer, cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true });
    }

    private static async Task<IResult> ClearAvatar(ZouId person_id, Actor actor, ThumbnailService thumbnails, CancellationToken cancellationToken)
    {
        await thumbnails.ClearPersonAvatarAsync(actor, person_id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Invite(ZouId person_id, HttpRequest request, Actor actor, InvitationService invitations, IOptions<StudioOptions> options,
        CancellationToken cancellationToken)
    {
        await invitations.InviteAsync(actor, person_id, SiteOf(request, options.Value), cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true, ["message"] = "Email sent" });
    }

    private static async Task<IResult> ResetPasswordLink(ZouId person_id, HttpRequest request, Actor actor, InvitationService invitations, IOptions<StudioOptions> options,
        CancellationToken cancellationToken) =>
        ZouResults.Json(new JsonObject { ["reset_password_link"] = await invitations.ResetLinkAsync(actor, person_id, SiteOf(request, options.Value), cancellationToken) });

    /// <summary>Where people reach Studio: the configured public address, or the one this request came to.</summary>
    private static Uri SiteOf(HttpRequest request, StudioOptions options) =>
        Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var configured) ? configured : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");

    private static async Task<IResult> AddToDepartment(ZouId person_id, HttpRequest request, Actor actor, PersonDepartmentsService departments, CancellationToken cancellationToken)
    {
        var department = PersonBodies.DepartmentId(await JsonBody.ReadObjectAsync(request, cancellationToken));
        return ZouResults.Created(PersonJson.Detail(await departments.AddAsync(actor, person_id, department, cancellationToken)));
    }

    private static async Task<IResult> RemoveFromDepartment(ZouId person_id, ZouId department_id, Actor actor, PersonDepartmentsService departments, CancellationToken cancellationToken)
    {
        await departments.RemoveAsync(actor, person_id, department_id, cancellationToken);
        return Results.NoContent();
    }

    internal static async Task<IResult> DesktopLogins(ZouId person_id, Actor actor, PresenceService presence, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await presence.DesktopLoginsAsync(actor, person_id, cancellationToken)));

    internal static async Task<IResult> AddDesktopLogin(ZouId person_id, HttpRequest request, Actor actor, PresenceService presence, CancellationToken cancellationToken)
    {
        var date = PersonBodies.LoginDate(await JsonBody.ReadOptionalObjectAsync(request, cancellationToken));
        return ZouResults.Created(ZouSerializer.Serialize(await presence.AddDesktopLoginAsync(actor, person_id, date, cancellationToken)));
    }

    /// <summary>ZOU: the month as <c>YYYY-MM</c>; the sheet's first line is the year and the day numbers.</summary>
    private static async Task<IResult> PresenceLogs(string month_date, Actor actor, PresenceService presence, CancellationToken cancellationToken)
    {
        var parts = month_date.Split('-');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2)
        {
            throw new Studio.Domain.Common.WrongParameterException("Invalid month or year.");
        }

        var sheet = await presence.MonthAsync(actor, TimesheetJson.Number(parts[0]), TimesheetJson.Number(parts[1]), cancellationToken);
        var days = Enumerable.Range(1, sheet.DaysInMonth).ToList();
        IEnumerable<IEnumerable<string>> rows =
        [
            [sheet.Year.ToString(CultureInfo.InvariantCulture), .. days.Select(d => d.ToString(CultureInfo.InvariantCulture))],
            .. sheet.Lines.Select(line => (IEnumerable<string>)[line.FullName, .. days.Select(d => line.Days.Contains(d) ? "X" : "")]),
        ];
        return ZouResults.Csv(rows, "export");
    }
}
