using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Studio.Domain.Auth;
using Studio.Domain.Persistence;
using Studio.Domain.Persons;

namespace Studio.Web.Auth;

public static class StudioAuthExtensions
{
    /// <summary>Token authentication for the API; every secured route needs a valid, unrevoked access token.</summary>
    public static IServiceCollection AddStudioAuth(this IServiceCollection services)
    {
        services.AddSingleton<SigningKeyProvider>();

        // Reset tokens and cookies outlive a restart: the data-protection keys are kept next to the signing key.
        services.AddDataProtection().SetApplicationName("Studio");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StudioOptions>, ILoggerFactory>((o, studio, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(studio.Value.FullDataDirectory, "keys", "data-protection")), logs));
        // Identity's token providers (the password-reset tokens the domain asks for) are protected by those keys.
        new IdentityBuilder(typeof(Person), services).AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(PasswordLogin.InvitationTokenProvider);

        // ZOU: a password reset token lives two hours.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddSingleton<TokenService>();
        services.AddSingleton<IBotTokenIssuer>(sp => sp.GetRequiredService<TokenService>());
        services.AddScoped<ApiSessions>();
        services.AddAuthentication(ZouTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ZouTokenHandler>(ZouTokenHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }
}
