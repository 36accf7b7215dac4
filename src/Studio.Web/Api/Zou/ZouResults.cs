using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Studio.Web.Api.Zou;

/// <summary>Zou's error bodies and JSON results.</summary>
public static class ZouResults
{
    // ZOU: werkzeug's standard descriptions, returned verbatim by Zou's error handlers.
    public const string NotFoundMessage = "404 Not Found: The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.";
    public const string ForbiddenMessage = "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";
    public const string MethodNotAllowedMessage = "The method is not allowed for the requested URL.";
    public const string EmptyBodyMessage = "Data are empty. Please verify that you sent JSON data and that you set the right headers.";

    /// <summary>Writes JSON as Zou's orjson does: UTF-8 text, no escaping of quotes or non-ASCII letters.</summary>
    public static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(JsonNode? body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body?.ToJsonString(Output) ?? "null", "application/json", statusCode: statusCode);

    /// <summary>
    /// A JSON array of <paramref name="rows"/> streamed to the client as it is written (the large list routes): a
    /// production's list never sits whole in memory as one buffer.
    /// </summary>
    public static IResult JsonRows<T>(IReadOnlyList<T> rows, Action<Utf8JsonWriter, T> writeRow) => new JsonRowsResult<T>(rows, writeRow);

    public static IResult Created(JsonNode body) => Json(body, StatusCodes.Status201Created);

    /// <summary>
    /// ZOU: a CSV download as Python's csv module writes it (<c>;</c> between fields, a field quoted when it holds a
    /// <c>;</c>, a quote or a line break, lines ending in CRLF), named <c>kitsu_&lt;name&gt;.csv</c>.
    /// </summary>
    public static IResult Csv(IEnumerable<IEnumerable<string>> rows, string name)
    {
        return new CsvFile(Studio.Domain.Common.CsvText.Write(rows), $"kitsu_{name}.csv");
    }

    private sealed class CsvFile(string text, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "text/csv";
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename={fileName}";
            return httpContext.Response.WriteAsync(text, httpContext.RequestAborted);
        }
    }

    public static JsonObject Error(string message) => new() { ["error"] = true, ["message"] = message };

    public static JsonObject ErrorWithData(string message, JsonNode? data) => new() { ["error"] = true, ["message"] = message, ["data"] = data };

    public static IResult NotFound() => Json(Error(NotFoundMessage), StatusCodes.Status404NotFound);

    public static IResult MethodNotAllowed() => Json(Error(MethodNotAllowedMessage), StatusCodes.Status405MethodNotAllowed);

    public static IResult Forbidden() => Json(Error(ForbiddenMessage), StatusCodes.Status403Forbidden);

    public static IResult BadRequest(string message) => Json(Error(message), StatusCodes.Status400BadRequest);

    /// <summary>Writes a JSON body directly (used outside endpoints: auth failures, unknown routes).</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, JsonNode body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(Output), context.RequestAborted);
    }
}
