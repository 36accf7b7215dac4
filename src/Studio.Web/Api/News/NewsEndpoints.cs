using Studio.Domain.Access;
using Studio.Domain.Events;
using Studio.Web.Api.Zou;
using Studio.Web.Api.Zou.News;

namespace Studio.Web.Api.News;

/// <summary>Zou's <c>news</c> blueprint: the productions' feed.</summary>
public static class NewsEndpoints
{
    public static IEndpointRouteBuilder MapNewsEndpoints(this IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/data/projects").WithTags("News");
        projects.MapGet("/news", All).WithName("News_All").WithSummary("The news of the caller's open productions");
        projects.MapGet("/{project_id}/news", OfProject).WithName("News_Project").WithSummary("A production's news");
        projects.MapGet("/{project_id}/news/{news_id}", One).WithName("News_One").WithSummary("One item of a production's news");
        return api;
    }

    private static async Task<IResult> All(HttpRequest request, Actor actor, NewsService news, CancellationToken cancellationToken) =>
        ZouResults.Json(NewsJson.Feed(await news.FeedAsync(actor, NewsQueryString.Read(request, null), cancellationToken)));

    private static async Task<IResult> OfProject(ZouId project_id, HttpRequest request, Actor actor, NewsService news, CancellationToken cancellationToken) =>
        ZouResults.Json(NewsJson.Feed(await news.FeedAsync(actor, NewsQueryString.Read(request, project_id), cancellationToken)));

    private static async Task<IResult> One(ZouId project_id, ZouId news_id, Actor actor, NewsService news, CancellationToken cancellationToken) =>
        ZouResults.Json(NewsJson.Item(await news.OneAsync(actor, project_id, news_id, cancellationToken)));
}
