using System.Text.Json.Nodes;
using Studio.Domain.Access;
using Studio.Domain.Persons;
using Studio.Web.Api.Zou;

namespace Studio.Web.Api.Persons;

/// <summary>Zou's <c>persons</c> blueprint (the routes of the foundation; the rest come with people and time).</summary>
public static class PersonsEndpoints
{
    public static IEndpointRouteBuilder MapPersonsEndpoints(this IEndpointRouteBuilder api)
    {
        var persons = api.MapGroup("/actions/persons").WithTags("Persons");
        persons.MapPost("/{person_id}/change-password", ChangePassword).WithName("Persons_ChangePassword").WithSummary("An admin sets a person's password");
        return api;
    }

    private static async Task<IResult> ChangePassword(ZouId person_id, HttpRequest request, Actor actor, PersonsService persons, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        await persons.ChangePasswordAsync(actor, person_id, JsonBody.GetString(body, "password"), JsonBody.GetString(body, "password_2"), cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true });
    }
}
