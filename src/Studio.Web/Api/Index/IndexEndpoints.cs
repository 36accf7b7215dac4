using System.Text.Json.Nodes;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

namespace Studio.Web.Api.Index;

/// <summary>Zou's <c>index</c> blueprint: API identity and status.</summary>
public static class IndexEndpoints
{
    // ZOU: gazu reads this to check it talks to Zou; Studio speaks Zou 1.0.67's API.
    public const string ZouVersion = "1.0.67";

    public static IEndpointRouteBuilder MapIndexEndpoints(this IEndpointRouteBuilder api)
    {
        var index = api.MapGroup("").WithTags("Index");
        index.MapGet("/", GetApi).WithName("Index_Api").WithSummary("Name and version of the API").AllowAnonymous();
        index.MapGet("/status", GetStatus).WithName("Index_Status").WithSummary("Status of the API and of its database").RequireAuthorization();
        index.MapGet("/status/test-event", SendTestEvent).WithName("Index_TestEvent").WithSummary("Emit a test event on the event stream").RequireAuthorization();
        return api;
    }

    private static IResult GetApi() => ZouResults.Json(new JsonObject { ["api"] = "Zou", ["version"] = ZouVersion });

    private static async Task<IResult> GetStatus(DatabaseStatus database, CancellationToken cancellationToken)
    {
        var databaseUp = await database.IsUpAsync(cancellationToken);
        return ZouResults.Json(new JsonObject
        {
            ["name"] = "Studio",
            ["version"] = ZouVersion,
            ["database-up"] = databaseUp,
            ["key-value-store-up"] = true,
            ["event-stream-up"] = true,
            ["indexer-up"] = false,
            ["job-queue-up"] = true,
        });
    }

    private static async Task<IResult> SendTestEvent(HttpContext context, EventPublisher events, CancellationToken cancellationToken)
    {
        await events.EmitAsync("main:test", new JsonObject { ["message"] = "test" }, null, context.User.ToActor().PersonId, cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true });
    }
}
