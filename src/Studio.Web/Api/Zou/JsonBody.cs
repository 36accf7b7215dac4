using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Web.Api.Zou;

/// <summary>Reads a request body as a JSON object the way Zou does: a missing or malformed body is a 400.</summary>
public static class JsonBody
{
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return node as JsonObject ?? throw new WrongParameterException(ZouResults.EmptyBodyMessage);
        }
        catch (JsonException)
        {
            throw new WrongParameterException(ZouResults.EmptyBodyMessage);
        }
    }

    /// <summary>Any JSON body (an array for the casting routes); a missing or malformed body is a 400.</summary>
    public static async Task<JsonNode> ReadNodeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) ?? throw new WrongParameterException(ZouResults.EmptyBodyMessage);
        }
        catch (JsonException)
        {
            throw new WrongParameterException(ZouResults.EmptyBodyMessage);
        }
    }

    /// <summary>Any JSON body, or null when the request has none.</summary>
    public static async Task<JsonNode?> ReadNodeOrNullAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0)
            ? null
            : await ReadNodeAsync(request, cancellationToken);

    /// <summary>The query string as a dictionary (the last value of a repeated key).</summary>
    public static IReadOnlyDictionary<string, string> Query(HttpRequest request) =>
        request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);

    /// <summary>A boolean query parameter written as Zou's clients write it (<c>true</c>, <c>True</c>, <c>1</c>).</summary>
    public static bool Flag(HttpRequest request, string key) =>
        request.Query[key].FirstOrDefault() is { } value && Studio.Domain.Crud.CrudValues.ParseBool(value) == true;

    /// <summary>The body as an object, or an empty object when there is none (routes whose body is optional).</summary>
    public static async Task<JsonObject> ReadOptionalObjectAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0)
            ? []
            : await ReadObjectAsync(request, cancellationToken);

    public static string? GetString(JsonObject body, string key) =>
        body[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
