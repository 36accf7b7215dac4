using Microsoft.AspNetCore.Antiforgery;
using Studio.Web.Auth;

namespace Studio.Web.Components;

public static class StudioUi
{
    /// <summary>The Blazor UI (interactive server rendering; the sign-in form is a plain page) and its sign-out.</summary>
    public static IEndpointRouteBuilder MapStudioUi(this IEndpointRouteBuilder app)
    {
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapPost("/logout", async (HttpContext context, ApiSessions sessions, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            await antiforgery.ValidateRequestAsync(context);
            if (context.User.Identity?.IsAuthenticated == true)
            {
                await sessions.LogoutAsync(context, cancellationToken);
            }

            return Results.Redirect("/login");
        }).ExcludeFromDescription();
        return app;
    }
}
