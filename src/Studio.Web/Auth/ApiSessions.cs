using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Studio.Domain.Access;
using Studio.Domain.Auth;
using Studio.Domain.Persons;
using Studio.Web.Api.Zou.Persons;

namespace Studio.Web.Auth;

/// <summary>
/// Zou's session routes: login answers with the person, the organisation and a token pair (and sets cookies for
/// browsers only), logout revokes the access token and its refresh token, refresh issues a new access token.
/// </summary>
public sealed partial class ApiSessions(PasswordLogin passwords, PersonsService persons, TokenService tokens, TimeProvider time)
{
    private const string RefreshCookiePath = "/api/auth/refresh-token";

    public async Task<(int Status, JsonObject Body)> LoginAsync(HttpContext context, string email, string password, SecondFactor proof, CancellationToken cancellationToken)
    {
        var browser = IsBrowser(context.Request);
        var ip = context.Request.Headers["X-Real-IP"].FirstOrDefault() ?? context.Connection.RemoteIpAddress?.ToString();
        var (outcome, person) = await passwords.CheckAsync(email, password, proof, ip, browser ? "web" : "script", cancellationToken);
        switch (outcome)
        {
            case LoginOutcome.WrongCredentials:
                return (StatusCodes.Status400BadRequest, new JsonObject { ["login"] = false });
            case LoginOutcome.TooManyFailures:
                return (StatusCodes.Status400BadRequest, new JsonObject { ["error"] = true, ["login"] = false, ["too_many_failed_login_attemps"] = true });
            case LoginOutcome.Inactive:
                return (StatusCodes.Status401Unauthorized, new JsonObject { ["error"] = true, ["login"] = false, ["unactive"] = true, ["message"] = "User is unactive, he cannot log in." });
            case LoginOutcome.MissingOtp:
                return (StatusCodes.Status400BadRequest, new JsonObject
                {
                    ["error"] = true,
                    ["login"] = false,
                    ["missing_OTP"] = true,
                    ["preferred_two_factor_authentication"] = person!.PreferredTwoFactorAuthentication,
                    ["two_factor_authentication_enabled"] = new JsonArray([.. (await passwords.SecondFactorsAsync(person)).Select(m => (JsonNode)m)]),
                });
            case LoginOutcome.WrongOtp:
                return (StatusCodes.Status400BadRequest, new JsonObject { ["error"] = true, ["login"] = false, ["wrong_OTP"] = true });
            case LoginOutcome.DefaultPassword:
                return (StatusCodes.Status400BadRequest, new JsonObject { ["login"] = false, ["default_password"] = true, ["token"] = await passwords.ResetTokenAsync(person!) });
            case LoginOutcome.Success:
            default:
                break;
        }

        var actor = new Actor(person!.Id, person.Role, person.IsBot);
        var (access, refresh) = tokens.IssuePair(person.Id);
        if (browser)
        {
            SetCookie(context, ZouTokenHandler.AccessCookie, access, "/", TokenService.AccessLifetime);
            SetCookie(context, ZouTokenHandler.RefreshCookie, refresh, RefreshCookiePath, TokenService.RefreshLifetime);
        }

        return (StatusCodes.Status200OK, new JsonObject
        {
            ["user"] = PersonJson.SignedIn(await persons.DetailAsync(person.Id, cancellationToken)),
            ["organisation"] = OrganisationJson.Visible(await persons.OrganisationAsync(actor, cancellationToken)),
            ["login"] = true,
            ["access_token"] = access,
            ["refresh_token"] = refresh,
        });
    }

    public async Task LogoutAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var user = context.User;
        var expires = DateTime.Parse(user.FindFirstValue("exp_utc")!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
        var revoked = new List<(string, DateTime)> { (user.FindFirstValue("jti")!, expires) };
        if (user.FindFirstValue("refresh_jti") is { Length: > 0 } refreshJti)
        {
            revoked.Add((refreshJti, time.GetUtcNow().UtcDateTime + TokenService.RefreshLifetime));
        }

        await tokens.RevokeAsync(revoked, cancellationToken);
        if (IsBrowser(context.Request))
        {
            context.Response.Cookies.Delete(ZouTokenHandler.AccessCookie);
            context.Response.Cookies.Delete(ZouTokenHandler.RefreshCookie, new CookieOptions { Path = RefreshCookiePath });
        }
    }

    public async Task<(int Status, JsonObject Body)> RefreshAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var token = ZouTokenHandler.ReadToken(context.Request, ZouTokenHandler.RefreshCookie);
        if (token is null)
        {
            return (StatusCodes.Status401Unauthorized, new JsonObject { ["msg"] = "Missing JWT in cookies or headers (Missing cookie \"refresh_token_cookie\"; Missing Authorization Header)" });
        }

        var check = await tokens.CheckAsync(token, "refresh", cancellationToken);
        if (!check.Succeeded)
        {
            return (check.FailureStatus, check.FailureBody());
        }

        var access = tokens.IssueAccess(check.PersonId, check.IdentityType, check.Jti);
        if (!IsBrowser(context.Request))
        {
            return (StatusCodes.Status200OK, new JsonObject { ["access_token"] = access });
        }

        // ZOU: a browser refresh sets the new access cookie and unsets the refresh cookie.
        SetCookie(context, ZouTokenHandler.AccessCookie, access, "/", TokenService.AccessLifetime);
        context.Response.Cookies.Delete(ZouTokenHandler.RefreshCookie, new CookieOptions { Path = RefreshCookiePath });
        return (StatusCodes.Status200OK, new JsonObject { ["refresh"] = true });
    }

    public async Task<JsonObject> AuthenticatedAsync(Actor actor, CancellationToken cancellationToken)
    {
        var user = PersonJson.Detail(await persons.DetailAsync(actor.PersonId, cancellationToken));
        user["fido_devices"] = new JsonArray();
        return new JsonObject
        {
            ["authenticated"] = true,
            ["user"] = user,
            ["organisation"] = OrganisationJson.Visible(await persons.OrganisationAsync(actor, cancellationToken)),
        };
    }

    /// <summary>ZOU: cookies are only set for browsers (judged by the User-Agent); scripts get tokens in the body.</summary>
    public static bool IsBrowser(HttpRequest request) => BrowserAgent().IsMatch(request.Headers.UserAgent.ToString());

    private static void SetCookie(HttpContext context, string name, string value, string path, TimeSpan lifetime) =>
        context.Response.Cookies.Append(name, value, new CookieOptions
        {
            Path = path,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = lifetime,
        });

    [GeneratedRegex(@"(Chrome|Chromium|Firefox|Safari|Edg|OPR|Opera|Vivaldi|Brave)/\d", RegexOptions.CultureInvariant)]
    private static partial Regex BrowserAgent();
}
