using Microsoft.AspNetCore.Routing.Template;

namespace Studio.Web.Api.Zou;

/// <summary>
/// Flask's method rules on the API's routes: HEAD is answered wherever GET is, and a path that exists for
/// other methods answers 405 rather than 404 (the catch-all of unknown routes asks <see cref="AllowedFor"/>).
/// </summary>
public sealed class ApiMethods(EndpointDataSource endpoints)
{
    private readonly Lazy<List<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)>> routes = new(() => [.. endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
        .Select(e => (e, Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods))
        .Where(r => r.Methods is { Count: > 0 })
        .Select(r => (new TemplateMatcher(new RouteTemplate(r.e.RoutePattern), []), r.Methods!))]);

    /// <summary>ZOU: Flask answers HEAD like GET (gazu's <c>host_is_up</c> sends <c>HEAD &lt;host&gt;</c>).</summary>
    public static void AnswerHeadLikeGet(EndpointBuilder endpoint)
    {
        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault();
        if (methods is not null && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
        {
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
        }
    }

    /// <summary>The methods the API's routes accept on <paramref name="path"/> (empty when no route has this path).</summary>
    public IReadOnlyList<string> AllowedFor(PathString path) =>
        [.. routes.Value.Where(r => r.Matcher.TryMatch(path, [])).SelectMany(r => r.Methods).Distinct(StringComparer.Ordinal)];
}
