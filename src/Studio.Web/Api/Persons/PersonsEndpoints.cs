using System.Text.Json.Nodes;
using Studio.Domain.Persons;
using Studio.Web.Api.Zou;
using Studio.Web.Auth;

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

    private static async Task<IResult> ChangePassword(string person_id, HttpContext context, PersonsService persons, CancellationToken cancellationToken)
    {
        var id = Ids.Parse(person_id);
        var body = await JsonBody.ReadObjectAsync(context.Request, cancellationToken);
        await persons.ChangePasswordAsync(context.User.ToActor(), id, JsonBody.GetString(body, "password"), JsonBody.GetString(body, "password_2"), cancellationToken);
        return ZouResults.Json(new JsonObject { ["success"] = true });
    }
}
