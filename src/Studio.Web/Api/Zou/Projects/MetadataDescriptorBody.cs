using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Domain.Common;
using Studio.Domain.Projects;

namespace Studio.Web.Api.Zou.Projects;

/// <summary>
/// Reads the body of a metadata descriptor's creation or change. ZOU: a key of the wrong JSON kind counts as not sent
/// (a number for <c>entity_type</c> or <c>data_type</c>, anything but a list for <c>departments</c>), except a name,
/// then empty, and the values whose shape is checked: ids, departments and choices.
/// </summary>
public static class MetadataDescriptorBody
{
    public static MetadataDescriptorFields ForCreation(JsonObject body)
    {
        var taskTypeId = OptionalId(body, "task_type_id");
        var departments = Departments(body);
        return new MetadataDescriptorFields(Name(body), JsonBody.GetString(body, "entity_type"), taskTypeId, JsonBody.GetString(body, "data_type"), Choices(body),
            ForClient(body), departments);
    }

    /// <summary>A change: the entity type and task type of a descriptor never change, and are not read.</summary>
    public static MetadataDescriptorFields ForChange(JsonObject body)
    {
        var departments = Departments(body);
        return new MetadataDescriptorFields(Name(body), DataType: JsonBody.GetString(body, "data_type"), Choices: Choices(body), ForClient: ForClient(body), Departments: departments);
    }

    private static string? Name(JsonObject body) => body.ContainsKey("name") ? JsonBody.GetString(body, "name") ?? "" : null;

    private static bool ForClient(JsonObject body) => body["for_client"]?.GetValueKind() == JsonValueKind.True;

    private static Guid? OptionalId(JsonObject body, string key) =>
        JsonBody.GetString(body, key) is { } text
            ? Guid.TryParse(text, out var id) ? id : throw new WrongParameterException($"Invalid {key}.")
            : null;

    private static List<Guid> Departments(JsonObject body) =>
        [.. (body["departments"] as JsonArray ?? []).Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String && Guid.TryParse(v.GetValue<string>(), out var id)
            ? id
            : throw new WrongParameterException("Invalid department id."))];

    private static List<string>? Choices(JsonObject body) => body["choices"] switch
    {
        null => null,
        JsonArray list when list.All(c => c is JsonValue v && v.GetValueKind() == JsonValueKind.String) => [.. list.Select(c => c!.GetValue<string>())],
        _ => throw new WrongParameterException("Choices must be a list of strings."),
    };
}
