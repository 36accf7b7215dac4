using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using Studio.Domain.Common;

namespace Studio.Web.Api.Zou;

/// <summary>
/// ZOU: the request schemas (pydantic, lax mode) of the routes that validate their body: every field is checked,
/// and all failures come back together as 400 <c>{"message": "Validation error.", "data": {"errors": [{field,
/// message}]}}</c>. Accepted values are normalised in place (an integer sent as <c>"12"</c> becomes 12).
/// </summary>
public sealed class BodySchema
{
    private readonly List<(string Field, BodyField Kind, bool Required)> fields = [];

    public BodySchema Field(string name, BodyField kind, bool required = false)
    {
        fields.Add((name, kind, required));
        return this;
    }

    /// <summary>Checks <paramref name="body"/>; throws Zou's validation error listing every field in error.</summary>
    public void Validate(JsonObject body)
    {
        var errors = Errors(body);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>
    /// The fields of <paramref name="body"/> in error, each named after <paramref name="prefix"/> (an object inside a
    /// list of the body: <c>task_types.0.</c>); the accepted values are normalised all the same.
    /// </summary>
    public List<FieldError> Errors(JsonObject body, string prefix = "")
    {
        var errors = new List<FieldError>();
        foreach (var (field, kind, required) in fields)
        {
            if (!body.TryGetPropertyValue(field, out var value))
            {
                if (required)
                {
                    errors.Add(Error(prefix + field, "Field required"));
                }

                continue;
            }

            if (value is null && !required)
            {
                continue;
            }

            var (message, normalised) = Check(kind, value);
            if (message is not null)
            {
                errors.Add(Error(prefix + field, message));
            }
            else if (normalised is not null)
            {
                body[field] = normalised;
            }
        }

        return errors;
    }

    private static (string? Message, JsonNode? Normalised) Check(BodyField kind, JsonNode? value)
    {
        var valueKind = value?.GetValueKind() ?? JsonValueKind.Null;
        switch (kind)
        {
            case BodyField.Name or BodyField.Text:
                if (valueKind != JsonValueKind.String)
                {
                    return ("Input should be a valid string", null);
                }

                return kind == BodyField.Name && value!.GetValue<string>().Trim().Length == 0 ? ("String should have at least 1 character", null) : (null, null);
            case BodyField.Dictionary:
                return value is JsonObject ? (null, null) : ("Input should be a valid dictionary", null);
            case BodyField.WholeNumber:
                return Integer(value, valueKind);
            case BodyField.Number:
                return Number(value, valueKind);
            case BodyField.IdList:
                return value is not JsonArray list ? ("Input should be a valid list", null)
                    : list.Count == 0 ? ("List should have at least 1 item after validation, not 0", null)
                    : list.Any(i => i?.GetValueKind() != JsonValueKind.String) ? ("Input should be a valid string", null) : (null, null);
            default:
                return Boolean(value, valueKind);
        }
    }

    private static (string?, JsonNode?) Integer(JsonNode? value, JsonValueKind kind)
    {
        if (kind == JsonValueKind.Number)
        {
            var number = value!.GetValue<double>();
            return number == Math.Floor(number) && Math.Abs(number) < int.MaxValue
                ? (null, JsonValue.Create((int)number))
                : ("Input should be a valid integer, got a number with a fractional part", null);
        }

        if (kind == JsonValueKind.String)
        {
            return int.TryParse(value!.GetValue<string>().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? (null, JsonValue.Create(parsed))
                : ("Input should be a valid integer, unable to parse string as an integer", null);
        }

        return ("Input should be a valid integer", null);
    }

    private static (string?, JsonNode?) Number(JsonNode? value, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => (null, null),
        JsonValueKind.String => double.TryParse(value!.GetValue<string>().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)
            ? (null, JsonValue.Create(parsed))
            : ("Input should be a valid number, unable to parse string as a number", null),
        _ => ("Input should be a valid number", null),
    };

    private static (string?, JsonNode?) Boolean(JsonNode? value, JsonValueKind kind)
    {
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            return (null, null);
        }

        var text = kind switch
        {
            JsonValueKind.String => value!.GetValue<string>().Trim().ToLowerInvariant(),
            JsonValueKind.Number => value!.ToJsonString(),
            _ => null,
        };
        return text switch
        {
            "true" or "1" or "yes" or "y" or "on" or "t" => (null, JsonValue.Create(true)),
            "false" or "0" or "no" or "n" or "off" or "f" => (null, JsonValue.Create(false)),
            _ => ("Input should be a valid boolean, unable to interpret input", null),
        };
    }

    /// <summary>The ids of a validated <see cref="BodyField.IdList"/> field (400 "Malformed ID." for one that is not a UUID).</summary>
    public static List<Guid> Ids(JsonObject body, string field) =>
        [.. (body[field] as JsonArray ?? []).Select(i => Guid.TryParse(i?.GetValue<string>(), out var id) ? id : throw new WrongParameterException("Malformed ID."))];

    private static FieldError Error(string field, string message) => new(field, message);
}
