using Microsoft.AspNetCore.Antiforgery;
using MudBlazor;
using MudBlazor.Services;
using Studio.Web.Auth;

namespace Studio.Web.Components;

public static class StudioUi
{
    /// <summary>The UI's services: MudBlazor, the rule that gives a page its production, and per circuit the reference data cache.</summary>
    public static IServiceCollection AddStudioUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices(mud =>
        {
            // Results and errors show at the bottom right, above the lists' last rows; errors stay until closed.
            mud.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            mud.SnackbarConfiguration.PreventDuplicates = true;
            mud.SnackbarConfiguration.VisibleStateDuration = 4000;
            mud.SnackbarConfiguration.ShowTransitionDuration = 150;
            mud.SnackbarConfiguration.HideTransitionDuration = 150;
        });
        services.AddScoped<Models.CatalogCache>();
        services.AddSingleton<Layout.PageProduction>();
        return services;
    }

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
