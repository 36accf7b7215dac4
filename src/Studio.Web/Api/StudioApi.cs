using Studio.Web.Api.Assets;
using Studio.Web.Api.Auth;
using Studio.Web.Api.Breakdown;
using Studio.Web.Api.Chats;
using Studio.Web.Api.Comments;
using Studio.Web.Api.Concepts;
using Studio.Web.Api.Crud;
using Studio.Web.Api.Departments;
using Studio.Web.Api.Edits;
using Studio.Web.Api.Entities;
using Studio.Web.Api.Index;
using Studio.Web.Api.News;
using Studio.Web.Api.Persons;
using Studio.Web.Api.Pictures;
using Studio.Web.Api.Playlists;
using Studio.Web.Api.Previews;
using Studio.Web.Api.Projects;
using Studio.Web.Api.Shots;
using Studio.Web.Api.Tasks;
using Studio.Web.Api.User;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api;

public static class StudioApi
{
    /// <summary>Maps the Zou API under <c>/api</c>: every route requires a token unless its area says otherwise.</summary>
    public static IEndpointRouteBuilder MapStudioApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        ((IEndpointConventionBuilder)api).Add(ApiMethods.AnswerHeadLikeGet);
        api.MapIndexEndpoints();
        api.MapAuthEndpoints();

        var secured = api.MapGroup("").RequireAuthorization();
        secured.MapCrudEndpoints();
        secured.MapPersonsEndpoints();
        secured.MapPersonTimeEndpoints();
        secured.MapPersonQuotaShotsEndpoints();
        secured.MapProjectQuotasEndpoints();
        secured.MapEntitiesEndpoints();
        secured.MapDepartmentsEndpoints();
        secured.MapProjectsEndpoints();
        secured.MapAssetsEndpoints();
        secured.MapShotsEndpoints();
        secured.MapEditsEndpoints();
        secured.MapConceptsEndpoints();
        secured.MapBreakdownEndpoints();
        secured.MapTasksEndpoints();
        secured.MapTaskTimeSpentsEndpoints();
        secured.MapCommentsEndpoints();
        secured.MapUserEndpoints();
        secured.MapNewsEndpoints();
        secured.MapChatsEndpoints();
        secured.MapPreviewsEndpoints();
        secured.MapPicturesEndpoints();
        secured.MapPlaylistsEndpoints();

        // ZOU: an unknown route under /api is a JSON 404, never the HTML of the UI; a known path asked with another
        // method is a 405.
        api.Map("/{**rest}", UnknownRoute).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static IResult UnknownRoute(HttpContext context, ApiMethods methods)
    {
        var allowed = methods.AllowedFor(context.Request.Path);
        if (allowed.Count == 0)
        {
            return ZouResults.NotFound();
        }

        context.Response.Headers.Allow = string.Join(", ", allowed);
        return ZouResults.MethodNotAllowed();
    }
}
