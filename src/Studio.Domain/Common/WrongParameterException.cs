using System.Text.Json.Nodes;

namespace Studio.Domain.Common;

/// <summary>Invalid input or a broken business rule: 400 <c>{"error": true, "message": …, "data": …}</c>.</summary>
public sealed class WrongParameterException(string message, JsonNode? data = null) : Exception(message)
{
    public JsonNode? ErrorData { get; } = data;
}
