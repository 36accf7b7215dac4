using Microsoft.AspNetCore.Authentication;

namespace Studio.Web.Auth;

public static class StudioAuthExtensions
{
    /// <summary>Token authentication for the API; every secured route needs a valid, unrevoked access token.</summary>
    public static IServiceCollection AddStudioAuth(this IServiceCollection services)
    {
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<TokenService>();
        services.AddScoped<ApiSessions>();
        services.AddAuthentication(ZouTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ZouTokenHandler>(ZouTokenHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }
}
