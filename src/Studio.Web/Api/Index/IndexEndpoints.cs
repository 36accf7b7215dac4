using System.Security.Claims;
using System.Text.Json.Nodes;
using Studio.Domain.Events;
using Studio.Domain.Persistence;
using Studio.Web.Api.Zou;

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
        // ZOU: the status routes are public: monitoring probes call them without a token.
        index.MapGet("/status", GetStatus).WithName("Index_Status").WithSummary("Status of the API and of its database").AllowAnonymous();
        index.MapGet("/status/test-event", SendTestEvent).WithName("Index_TestEvent").WithSummary("Emit a test event on the event stream").AllowAnonymous();
        return api;
    }

    private static IResult GetApi() => ZouResults.Json(new JsonObject { ["api"] = "Zou", ["version"] = ZouVersion });

    private static async Task<IResult> GetStatus(DatabaseStatus database, CancellationToken cancellationToken)
    {
        var databaseUp = await database.IsUpAsync(cancellationToken);
        return ZouResults.Json(new JsonObject
        {
            // ZOU: the status names the server "Zou"; clients compare it.
            ["name"] = "Zou",
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
        var caller = Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        await events.EmitAsync("main:test", new EventData { ["message"] = "test" }, null, caller, cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true });
    }
}
