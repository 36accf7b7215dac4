using System.Text.Json;

namespace Studio.Web.Api.Zou;

/// <summary>Writes a JSON array row by row to the response, handing the written bytes to the network every 64 KiB.</summary>
internal sealed class JsonRowsResult<T>(IReadOnlyList<T> rows, Action<Utf8JsonWriter, T> writeRow) : IResult
{
    private const int FlushBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json";
        var body = httpContext.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(body, ZouJsonWriter.Options);
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writeRow(writer, row);
            if (writer.BytesPending >= FlushBytes)
            {
                writer.Flush();
                await body.FlushAsync(httpContext.RequestAborted);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
