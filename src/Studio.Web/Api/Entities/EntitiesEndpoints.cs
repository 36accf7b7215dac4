using Studio.Domain.Access;
using Studio.Domain.Timesheets;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api.Entities;

/// <summary>Zou's <c>entities</c> blueprint: what belongs to any entity, whatever its kind.</summary>
public static class EntitiesEndpoints
{
    public static IEndpointRouteBuilder MapEntitiesEndpoints(this IEndpointRouteBuilder api)
    {
        var entities = api.MapGroup("/data/entities").WithTags("Entities");
        entities.MapGet("/{entity_id}/time-spents", TimeSpents).WithName("Entities_TimeSpents").WithSummary("The time logged on an entity's tasks, newest day first");
        return api;
    }

    private static async Task<IResult> TimeSpents(ZouId entity_id, Actor actor, TimesheetService timesheets, CancellationToken cancellationToken) =>
        ZouResults.Json(ZouSerializer.SerializeList(await timesheets.EntityRowsAsync(actor, entity_id, cancellationToken)));
}
