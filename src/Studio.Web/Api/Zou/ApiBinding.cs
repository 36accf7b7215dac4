using Microsoft.AspNetCore.Mvc;
using Studio.Domain.Access;
using Studio.Web.Auth;

namespace Studio.Web.Api.Zou;

/// <summary>What every API handler binds the same way: the caller, and the size limit of the routes that take files.</summary>
public static class ApiBinding
{
    /// <summary>
    /// Lets a handler take the caller as an <see cref="Actor"/> parameter, read once per request from the token's
    /// claims. Only API requests have one: a Blazor circuit passes its own signed-in actor to the services.
    /// </summary>
    public static IServiceCollection AddApiCaller(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped(provider =>
        {
            var context = provider.GetRequiredService<IHttpContextAccessor>().HttpContext
                ?? throw new InvalidOperationException("The caller is bound for API requests only.");
            return context.User.ToActor();
        });
        return services;
    }

    /// <summary>
    /// A route that takes files: its whole body (Kestrel's 30 MB by default) and its multipart sections may reach
    /// <paramref name="limit"/> bytes; it is called with a token, so it needs no antiforgery check.
    /// </summary>
    public static RouteHandlerBuilder AcceptsUploads(this RouteHandlerBuilder route, long limit) =>
        route.WithMetadata(new RequestSizeLimitAttribute(limit)).WithFormOptions(multipartBodyLengthLimit: limit).DisableAntiforgery();
}
