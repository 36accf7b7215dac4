using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Web.Api.Zou;

/// <summary>Reads a request body as JSON the way Zou does: a missing or malformed body (bad bytes included) is a 400.</summary>
public static class JsonBody
{
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var node = await ParseAsync(request, cancellationToken);
        return node as JsonObject ?? throw new WrongParameterException(ZouResults.EmptyBodyMessage);
    }

    /// <summary>Any JSON body (an array for the casting routes); a missing or malformed body is a 400.</summary>
    public static async Task<JsonNode> ReadNodeAsync(HttpRequest request, CancellationToken cancellationToken) =>
        await ParseAsync(request, cancellationToken) ?? throw new WrongParameterException(ZouResults.EmptyBodyMessage);

    /// <summary>Any JSON body, or null when the request has none.</summary>
    public static async Task<JsonNode?> ReadNodeOrNullAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0)
            ? null
            : await ReadNodeAsync(request, cancellationToken);

    /// <summary>The query string as a dictionary (the last value of a repeated key).</summary>
    public static IReadOnlyDictionary<string, string> Query(HttpRequest request) =>
        request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);

    /// <summary>An id in the query string (<c>?project_id=…</c>), null when absent; a malformed one is Zou's 400.</summary>
    public static Guid? QueryId(HttpRequest request, string key) =>
        request.Query[key].FirstOrDefault() is { Length: > 0 } text ? Ids.Parse(text) : null;

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

    /// <summary>
    /// The body parsed as JSON, every string of it (keys included) read once. System.Text.Json checks the bytes of a
    /// string and its <c>\u</c> escapes only when the string is read: bytes that are not UTF-8 or a lone surrogate would
    /// otherwise pass the parse and fail later, wherever a route reads the value, as a server error. They are
    /// malformed JSON like any other, Zou's 400.
    /// </summary>
    private static async Task<JsonNode?> ParseAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            throw new WrongParameterException(ZouResults.EmptyBodyMessage);
        }

        try
        {
            ReadStrings(node);
        }
        catch (InvalidOperationException)
        {
            throw new WrongParameterException(ZouResults.EmptyBodyMessage);
        }

        return node;
    }

    private static void ReadStrings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    ReadStrings(value);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    ReadStrings(item);
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                _ = v.GetValue<string>();
                break;
        }
    }
}
