using System.Text.Json.Nodes;

namespace Studio.Domain.Common;

/// <summary>
/// An error whose body Zou writes by hand and that fits none of the standard shapes (e.g. the CRUD routes'
/// <c>{"message": …}</c> for database conflicts, or login's <c>{"login": false}</c>).
/// </summary>
public sealed class ZouErrorException(int statusCode, JsonObject body)
    : Exception(body["message"]?.GetValue<string>() ?? "Request refused")
{
    public int StatusCode { get; } = statusCode;

    public JsonObject Body { get; } = body;

    public static ZouErrorException BadRequestMessage(string message) => new(400, new JsonObject { ["message"] = message });
}
