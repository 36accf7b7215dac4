namespace Studio.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// The headers Zou sets on every response. They are written when the response starts, so an error answered by
    /// the exception handler (which clears the response's headers first) or by authentication carries them too.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers.ContentSecurityPolicy = "frame-ancestors 'self'";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
