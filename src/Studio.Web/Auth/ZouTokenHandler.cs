using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;
using Studio.Web.Api.Zou;

namespace Studio.Web.Auth;

/// <summary>
/// Authenticates API calls by a Zou access token from the <c>Authorization: Bearer</c> header or the
/// <c>access_token_cookie</c> cookie, and answers refusals with flask-jwt-extended's statuses and bodies.
/// A deactivated person's tokens stop working at once.
/// </summary>
public sealed class ZouTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenService tokens,
    IDbContextFactory<StudioDbContext> factory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ZouToken";
    public const string AccessCookie = "access_token_cookie";
    public const string RefreshCookie = "refresh_token_cookie";
    private const string FailureKey = "zou-auth-failure";

    public static string? ReadToken(HttpRequest request, string cookie)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Cookies.TryGetValue(cookie, out var value) && !string.IsNullOrEmpty(value) ? value : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken(Request, AccessCookie);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var check = await tokens.CheckAsync(token, "access", Context.RequestAborted);
        if (!check.Succeeded)
        {
            return Refuse(check.FailureStatus, check.FailureBody());
        }

        await using var db = await factory.CreateDbContextAsync(Context.RequestAborted);
        var person = await db.Set<Person>().AsNoTracking()
            .Where(p => p.Id == check.PersonId)
            .Select(p => new { p.Active, p.Role, p.Jti, p.IsBot })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (person is null)
        {
            return Refuse(StatusCodes.Status401Unauthorized, new JsonObject { ["msg"] = "User not found" });
        }

        if (!person.Active)
        {
            await tokens.RevokeAsync([(check.Jti, check.ExpiresAt)], Context.RequestAborted);
            return Refuse(StatusCodes.Status401Unauthorized, ZouResults.Error("User is unactive, he cannot log in."));
        }

        // ZOU: bot and API tokens are valid only while they are the person's current token.
        if (check.IdentityType is "bot" or "person_api" && person.Jti != check.Jti)
        {
            return Refuse(StatusCodes.Status401Unauthorized, new JsonObject { ["msg"] = "Token has been revoked" });
        }

        return AuthenticateResult.Success(new AuthenticationTicket(check.ToPrincipal(person.Role), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[FailureKey] is (int status, JsonObject body))
        {
            return ZouResults.WriteAsync(Context, status, body);
        }

        return ZouResults.WriteAsync(Context, StatusCodes.Status401Unauthorized, new JsonObject
        {
            ["msg"] = "Missing JWT in cookies or headers (Missing cookie \"access_token_cookie\"; Missing Authorization Header)",
        });
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ZouResults.WriteAsync(Context, StatusCodes.Status403Forbidden, ZouResults.Error(ZouResults.ForbiddenMessage));

    private AuthenticateResult Refuse(int status, JsonObject body)
    {
        Context.Items[FailureKey] = (status, body);
        return AuthenticateResult.Fail(body.ToJsonString());
    }
}
