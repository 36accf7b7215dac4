using System.Text.Json.Nodes;
using Studio.Domain.Auth;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Auth;

/// <summary>Zou's <c>auth</c> blueprint: password login, tokens, session.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/login", Login).WithName("Auth_Login").WithSummary("Log in with e-mail (or desktop login) and password").AllowAnonymous();
        auth.MapGet("/logout", Logout).WithName("Auth_Logout").WithSummary("Revoke the access token and its refresh token").RequireAuthorization();
        auth.MapGet("/refresh-token", Refresh).WithName("Auth_RefreshToken").WithSummary("Get a new access token from a refresh token").AllowAnonymous();
        auth.MapGet("/authenticated", Authenticated).WithName("Auth_Authenticated").WithSummary("The signed-in person and organisation").RequireAuthorization();
        auth.MapPut("/reset-password", ResetPassword).WithName("Auth_ResetPasswordChange").WithSummary("Set a new password with a reset token").AllowAnonymous();
        return api;
    }

    private static async Task<IResult> ResetPassword(HttpContext context, PasswordLogin passwords, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        await passwords.ResetPasswordAsync(JsonBody.GetString(body, "email"), JsonBody.GetString(body, "token"),
            JsonBody.GetString(body, "password"), JsonBody.GetString(body, "password2"), cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true });
    }

    private static async Task<IResult> Login(HttpContext context, ApiSessions sessions, CancellationToken cancellationToken)
    {
        var (email, password, proof) = await LoginForm.ReadAsync(context.Request, cancellationToken);
        var (status, body) = await sessions.LoginAsync(context, email, password, proof, cancellationToken);
        return ZouResults.Json(body, status);
    }

    private static async Task<IResult> Logout(HttpContext context, ApiSessions sessions, CancellationToken cancellationToken)
    {
        await sessions.LogoutAsync(context, cancellationToken);
        return ZouResults.Json(new JsonObject { ["logout"] = true });
    }

    private static async Task<IResult> Refresh(HttpContext context, ApiSessions sessions, CancellationToken cancellationToken)
    {
        var (status, body) = await sessions.RefreshAsync(context, cancellationToken);
        return ZouResults.Json(body, status);
    }

    private static async Task<IResult> Authenticated(HttpContext context, ApiSessions sessions, CancellationToken cancellationToken) =>
        ZouResults.Json(await sessions.AuthenticatedAsync(context.User.ToActor(), cancellationToken));
}
