using Studio.Domain.Events;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.News;

/// <summary>Zou's <c>news</c> blueprint: the productions' feed.</summary>
public static class NewsEndpoints
{
    public static IEndpointRouteBuilder MapNewsEndpoints(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/data/projects").WithTags("News");
        projects.MapGet("/news", async (HttpContext c, NewsService s, CancellationToken t) =>
            ZouResults.Json(await s.FeedAsync(c.User.ToActor(), null, JsonBody.Query(c.Request), t))).WithName("News_All").WithSummary("The news of the caller's open productions");
        projects.MapGet("/{project_id}/news", async (string project_id, HttpContext c, NewsService s, CancellationToken t) =>
            ZouResults.Json(await s.FeedAsync(c.User.ToActor(), Ids.Parse(project_id), JsonBody.Query(c.Request), t))).WithName("News_Project").WithSummary("A production's news");
        projects.MapGet("/{project_id}/news/{news_id}", async (string project_id, string news_id, HttpContext c, NewsService s, CancellationToken t) =>
            ZouResults.Json(await s.OneAsync(c.User.ToActor(), Ids.Parse(project_id), Ids.Parse(news_id), t))).WithName("News_One").WithSummary("One item of a production's news");
        return api;
    }
}
