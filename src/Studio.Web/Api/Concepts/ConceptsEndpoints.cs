using Studio.Web.Api.Breakdown;

namespace Studio.Web.Api.Concepts;

/// <summary>Zou's <c>concepts</c> blueprint: concept art pieces, linked to the entities they design.</summary>
public static class ConceptsEndpoints
{
    public static IEndpointRouteBuilder MapConceptsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapEntityKind("Concept", "concepts", withAll: false);
        return api;
    }
}
